"""Demo welcome guide for Kaiserslautern (part C): work, housing, money, leisure,
the US community, and news of the integration office."""

from __future__ import annotations

# Pure data, read by the demo loader. Embeds ([[offer:...]]) refer to demo offers in
# offers_a.py / offers_b.py. No phone numbers except the Germany-wide emergency number 112.

PAGES: list[dict] = [
    {
        "slug": "work",
        "parent": None,
        "title": {
            "de": "Arbeit und Ausbildung",
            "en": "Work and training",
            "ar": "العمل والتدريب المهني",
            "uk": "Робота й професійне навчання",
            "fa": "کار و آموزش حرفه‌ای",
            "tr": "Çalışma ve meslek eğitimi",
        },
        "content": {
            "de": (
                "<p>Arbeit hilft beim Ankommen: Sie verdienen eigenes Geld, lernen Menschen kennen "
                "und sprechen jeden Tag Deutsch. In Kaiserslautern und Umgebung suchen viele "
                "Betriebe Personal, zum Beispiel im Handwerk, in der Pflege, in der Logistik und "
                "im Handel.</p>"
                "<p>In diesem Kapitel finden Sie:</p>"
                "<ul><li><strong>Arbeit finden:</strong> Jobcenter oder Agentur für Arbeit, "
                "Arbeitserlaubnis und Bewerbung.</li><li><strong>Anerkennung:</strong> So lassen "
                "Sie Ihren ausländischen Abschluss prüfen.</li><li><strong>Ausbildung:</strong> So "
                "lernen Sie einen Beruf in Deutschland.</li></ul>"
                "<p><strong>Wichtig:</strong> Arbeiten Sie nur mit Erlaubnis und mit "
                "Arbeitsvertrag. Schwarzarbeit ist verboten. Ohne Vertrag sind Sie nicht "
                "versichert und haben kaum Rechte.</p>"
            ),
            "en": (
                "<p>Work helps you settle in: you earn your own money, meet people and speak "
                "German every day. In and around Kaiserslautern many companies are looking for "
                "staff, for example in skilled trades, care, logistics and retail.</p>"
                "<p>In this chapter you will find:</p>"
                "<ul><li><strong>Finding work:</strong> Jobcenter or Employment Agency, work "
                "permit and job applications.</li><li><strong>Recognition:</strong> how to have "
                "your foreign qualification checked.</li><li><strong>Vocational training:</strong> "
                "how to learn a profession in Germany.</li></ul>"
                "<p><strong>Important:</strong> Only work with a permit and a work contract. "
                "Undeclared work is illegal. Without a contract you are not insured and have "
                "hardly any rights.</p>"
            ),
            "ar": (
                "<p>العمل يساعدك على الاستقرار: تكسب مالك بنفسك، وتتعرّف على الناس، وتتكلم "
                "الألمانية كل يوم. في كايزرسلاوترن وما حولها تبحث شركات كثيرة عن عاملين، مثلاً في "
                "الحِرف والتمريض والرعاية والخدمات اللوجستية وتجارة التجزئة.</p>"
                "<p>في هذا القسم تجد:</p>"
                "<ul><li><strong>البحث عن عمل:</strong> مركز العمل (Jobcenter) أو وكالة العمل "
                "(Agentur für Arbeit)، وتصريح العمل، وطلبات التوظيف.</li><li><strong>معادلة "
                "الشهادات:</strong> كيف تطلب تقييم شهادتك الأجنبية.</li><li><strong>التدريب "
                "المهني:</strong> كيف تتعلّم مهنة في ألمانيا.</li></ul>"
                "<p><strong>مهم:</strong> لا تعمل إلا إذا كان لديك تصريح وعقد عمل. العمل غير "
                "المسجَّل (Schwarzarbeit) ممنوع. بدون عقد لا يكون لديك تأمين، ولا تكاد تكون لك أي "
                "حقوق.</p>"
            ),
            "uk": (
                "<p>Робота допомагає освоїтися: ви заробляєте власні гроші, знайомитеся з людьми і "
                "щодня говорите німецькою. У Кайзерслаутерні та околицях багато підприємств "
                "шукають працівників, наприклад у ремеслі, догляді, логістиці й торгівлі.</p>"
                "<p>У цьому розділі ви знайдете:</p>"
                "<ul><li><strong>Пошук роботи:</strong> Джобцентр чи Агентство з питань праці, "
                "дозвіл на роботу й заявки на вакансії.</li><li><strong>Визнання:</strong> як "
                "перевірити ваш іноземний диплом.</li><li><strong>Професійне навчання:</strong> як "
                "здобути професію в Німеччині.</li></ul>"
                "<p><strong>Важливо:</strong> працюйте лише з дозволом і за трудовим договором. "
                "Нелегальна робота заборонена. Без договору ви не застраховані й майже не маєте "
                "прав.</p>"
            ),
            "fa": (
                "<p>کار به جا افتادن شما در آلمان کمک می‌کند: پول خودتان را درمی‌آورید، با مردم "
                "آشنا می‌شوید و هر روز آلمانی صحبت می‌کنید. در کایزرسلاترن و اطراف آن شرکت‌های "
                "زیادی دنبال نیروی کار هستند، مثلاً در مشاغل فنی، پرستاری و مراقبت، لجستیک و "
                "فروشگاه‌ها.</p>"
                "<p>در این بخش این موضوعات را پیدا می‌کنید:</p>"
                "<ul><li><strong>پیدا کردن کار:</strong> جاب‌سنتر یا اداره کار، اجازه کار و "
                "درخواست شغل.</li><li><strong>ارزشیابی مدرک:</strong> چطور مدرک خارجی خود را در "
                "آلمان بررسی کنید.</li><li><strong>آموزش حرفه‌ای:</strong> چطور در آلمان یک حرفه "
                "یاد بگیرید.</li></ul>"
                "<p><strong>مهم:</strong> فقط با اجازه کار و قرارداد کار کنید. کار سیاه (بدون ثبت) "
                "ممنوع است. بدون قرارداد بیمه ندارید و تقریباً هیچ حقی ندارید.</p>"
            ),
            "tr": (
                "<p>Çalışmak, yeni hayatınıza alışmanıza yardımcı olur: Kendi paranızı "
                "kazanırsınız, insanlarla tanışırsınız ve her gün Almanca konuşursunuz. "
                "Kaiserslautern ve çevresinde birçok işletme eleman arıyor; örneğin zanaat, bakım, "
                "lojistik ve perakende alanlarında.</p>"
                "<p>Bu bölümde şunları bulabilirsiniz:</p>"
                "<ul><li><strong>İş bulmak:</strong> Jobcenter mı, İş Ajansı mı? Çalışma izni ve "
                "iş başvurusu.</li><li><strong>Denklik:</strong> Yurt dışında aldığınız diplomayı "
                "nasıl inceletebilirsiniz?</li><li><strong>Meslek eğitimi:</strong> Almanya'da bir "
                "meslek nasıl öğrenilir?</li></ul>"
                "<p><strong>Önemli:</strong> Yalnızca izniniz ve iş sözleşmeniz varsa çalışın. "
                "Kaçak çalışmak yasaktır. Sözleşme olmadan sigortanız olmaz ve neredeyse hiçbir "
                "hakkınız olmaz.</p>"
            ),
        },
    },
    {
        "slug": "job-search",
        "parent": "work",
        "title": {
            "de": "Arbeit finden",
            "en": "Finding work",
            "ar": "البحث عن عمل",
            "uk": "Пошук роботи",
            "fa": "پیدا کردن کار",
            "tr": "İş bulmak",
        },
        "content": {
            "de": (
                "<h2>Jobcenter oder Agentur für Arbeit?</h2>"
                "<p>Bekommen Sie Bürgergeld? Dann ist das <strong>Jobcenter "
                "Kaiserslautern</strong> für Sie zuständig. Sie haben dort eine feste "
                "Ansprechperson. Für Geflüchtete gibt es im Jobcenter den Integration Point.</p>"
                "<p>Bekommen Sie kein Bürgergeld, zum Beispiel während des Asylverfahrens? Dann "
                "hilft Ihnen die <strong>Agentur für Arbeit</strong>. Die Beratung ist "
                "kostenlos.</p>"
                "<p>[[offer:kl-jobcenter-integration-point]]</p>"
                "<h2>Darf ich arbeiten?</h2>"
                "<p>Schauen Sie auf Ihr Aufenthaltsdokument. Dort steht, ob Sie arbeiten dürfen, "
                "zum Beispiel:</p>"
                "<ul><li>„Erwerbstätigkeit erlaubt“: Sie dürfen jede Arbeit "
                "annehmen.</li><li>„Beschäftigung nur mit Erlaubnis der Ausländerbehörde“: Fragen "
                "Sie vor dem ersten Arbeitstag bei der Ausländerbehörde. Bringen Sie das "
                "Stellenangebot mit.</li><li>„Erwerbstätigkeit nicht gestattet“: Sie dürfen "
                "zurzeit nicht arbeiten. Lassen Sie sich beraten, zum Beispiel bei der "
                "Migrationsberatung.</li></ul>"
                "<p>Bürgerinnen und Bürger der EU dürfen ohne Erlaubnis arbeiten.</p>"
                "<h2>Stellen suchen und sich bewerben</h2>"
                "<ul><li>Suchen Sie in der Jobbörse der Agentur für Arbeit, in Jobportalen und in "
                "der Zeitung.</li><li>Fragen Sie Bekannte und fragen Sie Betriebe direkt. Viele "
                "Stellen findet man über Kontakte.</li><li>Zu einer Bewerbung gehören meist ein "
                "Anschreiben, ein Lebenslauf und Zeugnisse.</li><li>Ein Praktikum ist ein guter "
                "Weg in einen Betrieb.</li></ul>"
                "<p>In der Bewerbungswerkstatt schreiben Sie Ihren Lebenslauf und üben das "
                "Vorstellungsgespräch – kostenlos:</p>"
                "<p>[[offer:kl-abz-bewerbungswerkstatt]]</p>"
                "<p><strong>Tipp:</strong> Unterschreiben Sie nur einen Arbeitsvertrag, den Sie "
                "verstehen. In Deutschland gilt ein gesetzlicher Mindestlohn.</p>"
            ),
            "en": (
                "<h2>Jobcenter or Employment Agency?</h2>"
                "<p>Do you receive Bürgergeld (citizen’s benefit)? Then the <strong>Jobcenter "
                "Kaiserslautern</strong> is responsible for you. You will have a personal contact "
                "person there. For refugees, the Jobcenter has the Integration Point.</p>"
                "<p>You do not receive Bürgergeld, for example during your asylum procedure? Then "
                "the <strong>Employment Agency (Agentur für Arbeit)</strong> will help you. The "
                "advice is free of charge.</p>"
                "<p>[[offer:kl-jobcenter-integration-point]]</p>"
                "<h2>Am I allowed to work?</h2>"
                "<p>Look at your residence document. It says whether you may work, for example:</p>"
                "<ul><li>“Erwerbstätigkeit erlaubt” (employment permitted): you may take any "
                "job.</li><li>“Beschäftigung nur mit Erlaubnis der Ausländerbehörde” (employment "
                "only with permission of the foreigners’ office): ask the foreigners’ office "
                "before your first day at work. Bring the job offer with "
                "you.</li><li>“Erwerbstätigkeit nicht gestattet” (employment not permitted): you "
                "may not work at the moment. Get advice, for example from the migration advice "
                "service.</li></ul>"
                "<p>Citizens of the EU may work without a permit.</p>"
                "<h2>Looking for jobs and applying</h2>"
                "<ul><li>Search the job board (Jobbörse) of the Employment Agency, job websites "
                "and the newspaper.</li><li>Ask people you know, and ask companies directly. Many "
                "jobs are found through contacts.</li><li>An application usually includes a cover "
                "letter, a CV and certificates.</li><li>An internship is a good way into a "
                "company.</li></ul>"
                "<p>At the application workshop you write your CV and practise the job interview – "
                "free of charge:</p>"
                "<p>[[offer:kl-abz-bewerbungswerkstatt]]</p>"
                "<p><strong>Tip:</strong> Only sign a work contract that you understand. Germany "
                "has a statutory minimum wage.</p>"
            ),
            "ar": (
                "<h2>مركز العمل (Jobcenter) أم وكالة العمل (Agentur für Arbeit)؟</h2>"
                "<p>هل تحصل على إعانة المواطن (Bürgergeld)؟ إذن فإن <strong>مركز العمل في "
                "كايزرسلاوترن (Jobcenter)</strong> هو الجهة المسؤولة عنك. سيكون لك هناك موظف مسؤول "
                "ثابت. ويوجد في مركز العمل قسم خاص باللاجئين اسمه Integration Point.</p>"
                "<p>لا تحصل على إعانة المواطن، مثلاً أثناء إجراءات اللجوء؟ إذن تساعدك "
                "<strong>وكالة العمل (Agentur für Arbeit)</strong>. الاستشارة مجانية.</p>"
                "<p>[[offer:kl-jobcenter-integration-point]]</p>"
                "<h2>هل يُسمح لي بالعمل؟</h2>"
                "<p>انظر إلى وثيقة إقامتك، فهي تبيّن إن كان مسموحاً لك بالعمل. مثلاً:</p>"
                "<ul><li>«Erwerbstätigkeit erlaubt» (العمل مسموح): يمكنك قبول أي "
                "عمل.</li><li>«Beschäftigung nur mit Erlaubnis der Ausländerbehörde» (العمل فقط "
                "بإذن من دائرة الأجانب): اسأل دائرة الأجانب قبل أول يوم عمل، وأحضر معك عرض "
                "العمل.</li><li>«Erwerbstätigkeit nicht gestattet» (العمل غير مسموح): لا يُسمح لك "
                "بالعمل حالياً. اطلب الاستشارة، مثلاً من مراكز استشارة المهاجرين.</li></ul>"
                "<p>يحق لمواطني الاتحاد الأوروبي العمل دون تصريح.</p>"
                "<h2>البحث عن وظيفة والتقدّم لها</h2>"
                "<ul><li>ابحث في بورصة الوظائف (Jobbörse) لدى وكالة العمل، وفي مواقع التوظيف على "
                "الإنترنت، وفي الصحف.</li><li>اسأل معارفك، واسأل الشركات مباشرة. كثير من الوظائف "
                "يجدها الناس عن طريق المعارف.</li><li>يتكوّن طلب التوظيف عادةً من رسالة تعريفية "
                "وسيرة ذاتية وشهادات.</li><li>التدريب العملي (Praktikum) طريق جيد للدخول إلى "
                "شركة.</li></ul>"
                "<p>في ورشة طلبات التوظيف تكتب سيرتك الذاتية وتتدرّب على مقابلة العمل – مجاناً:</p>"
                "<p>[[offer:kl-abz-bewerbungswerkstatt]]</p>"
                "<p><strong>نصيحة:</strong> لا توقّع إلا عقد عمل تفهمه. في ألمانيا يوجد حدّ أدنى "
                "للأجور يحدده القانون.</p>"
            ),
            "uk": (
                "<h2>Джобцентр чи Агентство з питань праці?</h2>"
                "<p>Ви отримуєте Bürgergeld (громадянську допомогу)? Тоді вами опікується "
                "<strong>Джобцентр Кайзерслаутерна (Jobcenter)</strong>. Там у вас буде постійна "
                "контактна особа. Для біженців у Джобцентрі працює Integration Point.</p>"
                "<p>Ви не отримуєте Bürgergeld, наприклад під час процедури надання притулку? Тоді "
                "вам допоможе <strong>Агентство з питань праці (Agentur für Arbeit)</strong>. "
                "Консультація безкоштовна.</p>"
                "<p>[[offer:kl-jobcenter-integration-point]]</p>"
                "<h2>Чи можна мені працювати?</h2>"
                "<p>Подивіться у свій документ на проживання. Там написано, чи можна вам "
                "працювати, наприклад:</p>"
                "<ul><li>«Erwerbstätigkeit erlaubt» (трудова діяльність дозволена): ви можете "
                "працювати на будь-якій роботі.</li><li>«Beschäftigung nur mit Erlaubnis der "
                "Ausländerbehörde» (робота лише з дозволу відомства у справах іноземців): "
                "запитайте у відомстві у справах іноземців до першого робочого дня. Візьміть із "
                "собою пропозицію роботи.</li><li>«Erwerbstätigkeit nicht gestattet» (трудова "
                "діяльність не дозволена): зараз вам не можна працювати. Зверніться по "
                "консультацію, наприклад до служби консультацій для мігрантів.</li></ul>"
                "<p>Громадяни ЄС можуть працювати без дозволу.</p>"
                "<h2>Пошук вакансій і заявка на роботу</h2>"
                "<ul><li>Шукайте на біржі вакансій (Jobbörse) Агентства з питань праці, на сайтах "
                "вакансій і в газеті.</li><li>Питайте знайомих і звертайтеся до підприємств "
                "напряму. Багато робочих місць знаходять через знайомства.</li><li>Заявка на "
                "роботу (Bewerbung) зазвичай складається із супровідного листа, резюме та "
                "свідоцтв.</li><li>Практика (Praktikum) – добрий спосіб потрапити на "
                "підприємство.</li></ul>"
                "<p>У майстерні заявок ви напишете своє резюме й потренуєтеся до співбесіди – "
                "безкоштовно:</p>"
                "<p>[[offer:kl-abz-bewerbungswerkstatt]]</p>"
                "<p><strong>Порада:</strong> підписуйте лише той трудовий договір, який ви "
                "розумієте. У Німеччині діє мінімальна заробітна плата, встановлена законом.</p>"
            ),
            "fa": (
                "<h2>جاب‌سنتر یا اداره کار؟</h2>"
                "<p>آیا کمک‌هزینه شهروندی (Bürgergeld) می‌گیرید؟ در این صورت <strong>جاب‌سنتر "
                "کایزرسلاترن (Jobcenter)</strong> مسئول شماست. آنجا یک کارمند مشخص مسئول پرونده "
                "شماست. برای پناهندگان در جاب‌سنتر بخشی به نام Integration Point وجود دارد.</p>"
                "<p>کمک‌هزینه شهروندی نمی‌گیرید، مثلاً در زمان رسیدگی به درخواست پناهندگی؟ در این "
                "صورت <strong>اداره کار (Agentur für Arbeit)</strong> به شما کمک می‌کند. مشاوره "
                "رایگان است.</p>"
                "<p>[[offer:kl-jobcenter-integration-point]]</p>"
                "<h2>آیا اجازه کار دارم؟</h2>"
                "<p>به مدرک اقامت خود نگاه کنید. در آن نوشته شده که آیا اجازه کار دارید یا نه، "
                "برای مثال:</p>"
                "<ul><li>«Erwerbstätigkeit erlaubt» (اشتغال مجاز است): می‌توانید هر کاری را قبول "
                "کنید.</li><li>«Beschäftigung nur mit Erlaubnis der Ausländerbehörde» (کار فقط با "
                "اجازه اداره اتباع خارجی): پیش از اولین روز کار از اداره اتباع خارجی بپرسید. "
                "پیشنهاد کار را همراه خود ببرید.</li><li>«Erwerbstätigkeit nicht gestattet» "
                "(اشتغال مجاز نیست): فعلاً اجازه کار ندارید. مشاوره بگیرید، مثلاً از مرکز مشاوره "
                "مهاجران.</li></ul>"
                "<p>شهروندان اتحادیه اروپا بدون مجوز اجازه کار دارند.</p>"
                "<h2>جست‌وجوی کار و درخواست شغل</h2>"
                "<ul><li>در بورس کار (Jobbörse) اداره کار، در سایت‌های کاریابی و در روزنامه "
                "جست‌وجو کنید.</li><li>از آشنایان بپرسید و مستقیماً به شرکت‌ها مراجعه کنید. بسیاری "
                "از کارها از طریق آشنایان پیدا می‌شوند.</li><li>درخواست شغل (Bewerbung) معمولاً "
                "شامل نامه درخواست، رزومه و مدارک تحصیلی و کاری است.</li><li>کارآموزی (Praktikum) "
                "راه خوبی برای ورود به یک شرکت است.</li></ul>"
                "<p>در کارگاه درخواست شغل رزومه خود را می‌نویسید و مصاحبه کاری را تمرین می‌کنید – "
                "به‌طور رایگان:</p>"
                "<p>[[offer:kl-abz-bewerbungswerkstatt]]</p>"
                "<p><strong>نکته:</strong> فقط قراردادی را امضا کنید که آن را می‌فهمید. در آلمان "
                "حداقل دستمزد قانونی وجود دارد.</p>"
            ),
            "tr": (
                "<h2>Jobcenter mı, İş Ajansı mı?</h2>"
                "<p>Vatandaş parası (Bürgergeld) alıyor musunuz? O zaman sizden <strong>Jobcenter "
                "Kaiserslautern</strong> sorumludur. Orada sabit bir danışmanınız olur. "
                "Jobcenter'da mülteciler için Integration Point adlı bir birim vardır.</p>"
                "<p>Vatandaş parası almıyor musunuz, örneğin sığınma süreciniz devam ettiği için? "
                "O zaman size <strong>İş Ajansı (Agentur für Arbeit)</strong> yardım eder. "
                "Danışmanlık ücretsizdir.</p>"
                "<p>[[offer:kl-jobcenter-integration-point]]</p>"
                "<h2>Çalışabilir miyim?</h2>"
                "<p>Oturum belgenize bakın. Çalışıp çalışamayacağınız orada yazar, örneğin:</p>"
                "<ul><li>“Erwerbstätigkeit erlaubt” (çalışmaya izin verilir): Her işte "
                "çalışabilirsiniz.</li><li>“Beschäftigung nur mit Erlaubnis der Ausländerbehörde” "
                "(yalnızca Yabancılar Dairesinin izniyle çalışılabilir): İlk iş gününüzden önce "
                "Yabancılar Dairesine sorun. İş teklifini yanınızda "
                "götürün.</li><li>“Erwerbstätigkeit nicht gestattet” (çalışmaya izin verilmez): Şu "
                "anda çalışamazsınız. Örneğin göçmen danışma merkezinden destek alın.</li></ul>"
                "<p>AB vatandaşları izin almadan çalışabilir.</p>"
                "<h2>İş aramak ve başvurmak</h2>"
                "<ul><li>İş Ajansının iş borsasında (Jobbörse), iş ilanı sitelerinde ve "
                "gazetelerde arayın.</li><li>Tanıdıklarınıza sorun ve işletmelere doğrudan "
                "başvurun. Birçok iş tanıdıklar aracılığıyla bulunur.</li><li>Bir başvuru "
                "genellikle ön yazı, özgeçmiş ve belgelerden oluşur.</li><li>Staj (Praktikum), bir "
                "işletmeye girmenin iyi bir yoludur.</li></ul>"
                "<p>Başvuru atölyesinde özgeçmişinizi yazar ve iş görüşmesi alıştırması yaparsınız "
                "– ücretsiz:</p>"
                "<p>[[offer:kl-abz-bewerbungswerkstatt]]</p>"
                "<p><strong>İpucu:</strong> Yalnızca anladığınız bir iş sözleşmesini imzalayın. "
                "Almanya'da yasal asgari ücret geçerlidir.</p>"
            ),
        },
    },
    {
        "slug": "recognition",
        "parent": "work",
        "title": {
            "de": "Anerkennung ausländischer Abschlüsse",
            "en": "Recognition of foreign qualifications",
            "ar": "الاعتراف بالشهادات الأجنبية",
            "uk": "Визнання іноземних дипломів",
            "fa": "به رسمیت شناختن مدارک خارجی",
            "tr": "Yabancı diplomaların denkliği",
        },
        "content": {
            "de": (
                "<p>Sie haben im Ausland einen Beruf gelernt oder studiert? Dann können Sie Ihren "
                "Abschluss in Deutschland prüfen lassen. Mit einer Anerkennung haben Sie bessere "
                "Chancen auf eine passende Arbeit und einen fairen Lohn.</p>"
                "<h2>Brauche ich eine Anerkennung?</h2>"
                "<p>In <strong>reglementierten Berufen</strong> dürfen Sie nur mit Anerkennung "
                "arbeiten. Dazu gehören zum Beispiel Ärztin, Pflegefachmann, Apothekerin, Lehrer, "
                "Erzieherin und Rechtsanwalt.</p>"
                "<p>In vielen anderen Berufen, etwa als Mechatroniker oder Kauffrau, dürfen Sie "
                "auch ohne Anerkennung arbeiten. Die Anerkennung hilft aber bei der Bewerbung. Für "
                "manche Aufenthaltstitel ist sie Pflicht.</p>"
                "<h2>Wer berät mich?</h2>"
                "<ul><li>Industrie- und Handelsberufe: IHK Pfalz</li><li>Handwerksberufe: "
                "Handwerkskammer der Pfalz</li><li>Gesundheitsberufe, Lehrkräfte, Erzieherinnen "
                "und Erzieher: Behörden des Landes Rheinland-Pfalz</li><li>Studienabschlüsse für "
                "nicht reglementierte Berufe: Zeugnisbewertung bei der Zentralstelle für "
                "ausländisches Bildungswesen (ZAB)</li></ul>"
                "<p>Welche Stelle für Ihren Beruf zuständig ist, finden Sie in mehreren Sprachen "
                'auf <a href="https://www.anerkennung-in-deutschland.de">'
                "anerkennung-in-deutschland.de</a>.</p>"
                "<p>[[offer:kl-ihk-anerkennungsberatung]]</p>"
                "<p>[[offer:kl-hwk-anerkennung-handwerk]]</p>"
                "<h2>Unterlagen und Übersetzungen</h2>"
                "<p>Bringen Sie mit: Ausweis oder Aufenthaltstitel, Zeugnisse mit Fächern und "
                "Noten, Nachweise über Ihre Berufserfahrung und einen Lebenslauf. Für die erste "
                "Beratung reichen Kopien. Für den Antrag brauchen Sie meist Übersetzungen von "
                "öffentlich bestellten und beeidigten Übersetzerinnen oder Übersetzern.</p>"
                "<h2>Kosten</h2>"
                "<p>Das Verfahren kostet meist zwischen 100 und 600 Euro. Dazu kommen Kosten für "
                "Übersetzungen und Beglaubigungen. Fragen Sie vor dem Antrag beim Jobcenter oder "
                "bei der Agentur für Arbeit, ob sie die Kosten übernehmen. Sonst gibt es "
                "vielleicht den Anerkennungszuschuss.</p>"
            ),
            "en": (
                "<p>Did you learn a profession or study abroad? Then you can have your "
                "qualification checked in Germany. With recognition you have better chances of "
                "finding a suitable job with fair pay.</p>"
                "<h2>Do I need recognition?</h2>"
                "<p>In <strong>regulated professions</strong> you may only work with recognition. "
                "These include, for example, doctor, nurse, pharmacist, teacher, nursery teacher "
                "(Erzieher/Erzieherin) and lawyer.</p>"
                "<p>In many other professions, such as mechatronics technician or office clerk, "
                "you may work without recognition. But recognition helps when you apply for jobs. "
                "For some residence permits it is required.</p>"
                "<h2>Who can advise me?</h2>"
                "<ul><li>Industrial and commercial professions: IHK Pfalz (Chamber of Commerce and "
                "Industry)</li><li>Skilled trades: Handwerkskammer der Pfalz (Chamber of "
                "Crafts)</li><li>Health professions, teachers, nursery teachers: authorities of "
                "the state of Rhineland-Palatinate</li><li>University degrees for non-regulated "
                "professions: statement of comparability from the Central Office for Foreign "
                "Education (ZAB)</li></ul>"
                "<p>You can find out which office is responsible for your profession at <a "
                'href="https://www.anerkennung-in-deutschland.de">'
                "anerkennung-in-deutschland.de</a>, in several languages.</p>"
                "<p>[[offer:kl-ihk-anerkennungsberatung]]</p>"
                "<p>[[offer:kl-hwk-anerkennung-handwerk]]</p>"
                "<h2>Documents and translations</h2>"
                "<p>Bring: your ID or residence permit, certificates with subjects and grades, "
                "proof of your work experience and a CV. Copies are enough for the first "
                "appointment. For the application you usually need translations by a publicly "
                "appointed and sworn translator.</p>"
                "<h2>Costs</h2>"
                "<p>The procedure usually costs between 100 and 600 euros. Translations and "
                "certified copies cost extra. Before you apply, ask the Jobcenter or the "
                "Employment Agency whether they will pay the costs. If not, you may be able to get "
                "the recognition grant (Anerkennungszuschuss).</p>"
            ),
            "ar": (
                "<p>هل تعلّمت مهنة أو درست في الخارج؟ يمكنك إذن أن تطلب تقييم شهادتك في ألمانيا. "
                "مع الاعتراف بشهادتك تزداد فرصك في الحصول على عمل مناسب وأجر عادل.</p>"
                "<h2>هل أحتاج إلى الاعتراف بشهادتي؟</h2>"
                "<p>في <strong>المهن المنظَّمة قانونياً</strong> لا يُسمح لك بالعمل إلا بعد "
                "الاعتراف بشهادتك. ومن هذه المهن مثلاً: الطبيب، والممرض، والصيدلي، والمعلم، "
                "والمربّي في رياض الأطفال (Erzieher)، والمحامي.</p>"
                "<p>في كثير من المهن الأخرى، مثل فني الميكاترونيكس أو الموظف التجاري، يمكنك العمل "
                "دون اعتراف. لكن الاعتراف يساعدك عند التقدّم للوظائف، وهو شرط لبعض أنواع تصاريح "
                "الإقامة.</p>"
                "<h2>من يقدّم لي الاستشارة؟</h2>"
                "<ul><li>المهن الصناعية والتجارية: غرفة الصناعة والتجارة (IHK Pfalz)</li><li>المهن "
                "الحرفية: غرفة الحِرف (Handwerkskammer der Pfalz)</li><li>المهن الصحية والمعلمون "
                "والمربّون: الجهات الرسمية في ولاية راينلاند-بفالتس</li><li>الشهادات الجامعية "
                "للمهن غير المنظَّمة: تقييم الشهادة لدى المكتب المركزي للتعليم الأجنبي "
                "(ZAB)</li></ul>"
                "<p>تجد الجهة المختصة بمهنتك بعدة لغات على موقع <a "
                'href="https://www.anerkennung-in-deutschland.de">'
                "anerkennung-in-deutschland.de</a>.</p>"
                "<p>[[offer:kl-ihk-anerkennungsberatung]]</p>"
                "<p>[[offer:kl-hwk-anerkennung-handwerk]]</p>"
                "<h2>الوثائق والترجمات</h2>"
                "<p>أحضر معك: بطاقة الهوية أو تصريح الإقامة، والشهادات مع المواد والعلامات، "
                "وإثباتات خبرتك المهنية، وسيرة ذاتية. تكفي النسخ في الاستشارة الأولى. أما لتقديم "
                "الطلب فتحتاج عادةً إلى ترجمات من مترجم محلَّف معتمد رسمياً في ألمانيا.</p>"
                "<h2>التكاليف</h2>"
                "<p>تكلّف الإجراءات عادةً بين 100 و600 يورو، وتضاف إليها تكاليف الترجمة والتصديق. "
                "قبل تقديم الطلب اسأل مركز العمل أو وكالة العمل إن كانا سيتحمّلان التكاليف. وإن لم "
                "يكن ذلك ممكناً، فقد تحصل على منحة الاعتراف (Anerkennungszuschuss).</p>"
            ),
            "uk": (
                "<p>Ви здобули професію або навчалися за кордоном? Тоді ви можете перевірити свій "
                "диплом у Німеччині. З визнанням у вас більше шансів знайти відповідну роботу зі "
                "справедливою оплатою.</p>"
                "<h2>Чи потрібне мені визнання?</h2>"
                "<p>У <strong>регульованих професіях</strong> працювати можна лише з визнанням. До "
                "них належать, наприклад, лікарка, медбрат, фармацевтка, учитель, вихователька й "
                "адвокат.</p>"
                "<p>У багатьох інших професіях, наприклад мехатронік чи офісна працівниця, можна "
                "працювати й без визнання. Але визнання допомагає під час пошуку роботи. Для "
                "деяких видів посвідки на проживання воно обов’язкове.</p>"
                "<h2>Хто мене проконсультує?</h2>"
                "<ul><li>Промислові й торговельні професії: IHK Pfalz (Торгово-промислова "
                "палата)</li><li>Ремісничі професії: Handwerkskammer der Pfalz (Ремісницька "
                "палата)</li><li>Медичні професії, учителі, вихователі: органи влади землі "
                "Рейнланд-Пфальц</li><li>Дипломи вищої освіти для нерегульованих професій: оцінка "
                "диплома в Центральному бюро іноземної освіти (ZAB)</li></ul>"
                "<p>Яка установа відповідає за вашу професію, можна дізнатися кількома мовами на "
                'сайті <a href="https://www.anerkennung-in-deutschland.de">'
                "anerkennung-in-deutschland.de</a>.</p>"
                "<p>[[offer:kl-ihk-anerkennungsberatung]]</p>"
                "<p>[[offer:kl-hwk-anerkennung-handwerk]]</p>"
                "<h2>Документи й переклади</h2>"
                "<p>Візьміть із собою: посвідчення особи або посвідку на проживання, дипломи й "
                "свідоцтва з предметами та оцінками, підтвердження досвіду роботи й резюме. Для "
                "першої консультації достатньо копій. Для заяви зазвичай потрібні переклади від "
                "присяжного перекладача, офіційно уповноваженого в Німеччині.</p>"
                "<h2>Витрати</h2>"
                "<p>Процедура зазвичай коштує від 100 до 600 євро. Окремо треба платити за "
                "переклади й засвідчені копії. Перед подачею заяви запитайте в Джобцентрі або в "
                "Агентстві з питань праці, чи оплатять вони ці витрати. Якщо ні, можливо, ви "
                "отримаєте грант на визнання (Anerkennungszuschuss).</p>"
            ),
            "fa": (
                "<p>در خارج از کشور حرفه‌ای یاد گرفته‌اید یا تحصیل کرده‌اید؟ در این صورت می‌توانید "
                "مدرک خود را در آلمان بررسی کنید. با به رسمیت شناخته شدن مدرک، شانس بیشتری برای "
                "پیدا کردن کار مناسب با دستمزد منصفانه دارید.</p>"
                "<h2>آیا به شناسایی مدرک نیاز دارم؟</h2>"
                "<p>در <strong>حرفه‌های قانونمند (reglementiert)</strong> فقط با مدرکِ به رسمیت "
                "شناخته‌شده اجازه کار دارید. برای مثال: پزشک، پرستار، داروساز، معلم، مربی مهدکودک "
                "(Erzieher) و وکیل.</p>"
                "<p>در بسیاری از حرفه‌های دیگر، مثلاً تکنسین مکاترونیک یا کارمند بازرگانی، بدون "
                "شناسایی مدرک هم می‌توانید کار کنید. اما شناسایی مدرک هنگام درخواست کار به شما کمک "
                "می‌کند. برای بعضی از انواع اجازه اقامت هم الزامی است.</p>"
                "<h2>چه کسی به من مشاوره می‌دهد؟</h2>"
                "<ul><li>حرفه‌های صنعتی و بازرگانی: اتاق صنعت و بازرگانی (IHK "
                "Pfalz)</li><li>حرفه‌های فنی و صنعتگری: اتاق اصناف (Handwerkskammer der "
                "Pfalz)</li><li>حرفه‌های پزشکی و درمانی، معلمان و مربیان مهدکودک: ادارات ایالت "
                "راینلاند-پفالتس</li><li>مدارک دانشگاهی برای حرفه‌هایی که قانونمند نیستند: "
                "ارزشیابی مدرک در اداره مرکزی آموزش خارجی (ZAB)</li></ul>"
                "<p>اینکه کدام اداره مسئول حرفه شماست را می‌توانید به چند زبان در سایت <a "
                'href="https://www.anerkennung-in-deutschland.de">'
                "anerkennung-in-deutschland.de</a> پیدا کنید.</p>"
                "<p>[[offer:kl-ihk-anerkennungsberatung]]</p>"
                "<p>[[offer:kl-hwk-anerkennung-handwerk]]</p>"
                "<h2>مدارک و ترجمه‌ها</h2>"
                "<p>این مدارک را همراه داشته باشید: کارت شناسایی یا اجازه اقامت، مدارک تحصیلی با "
                "ریز نمرات، مدارک سابقه کار و رزومه. برای اولین جلسه مشاوره کپی کافی است. برای "
                "درخواست معمولاً به ترجمه توسط مترجم رسمی و سوگندخورده در آلمان نیاز دارید.</p>"
                "<h2>هزینه‌ها</h2>"
                "<p>هزینه این روند معمولاً بین ۱۰۰ تا ۶۰۰ یورو است. هزینه ترجمه و تأیید کپی‌ها هم "
                "به آن اضافه می‌شود. پیش از درخواست از جاب‌سنتر یا اداره کار بپرسید که آیا "
                "هزینه‌ها را پرداخت می‌کنند. در غیر این صورت شاید بتوانید کمک‌هزینه شناسایی مدرک "
                "(Anerkennungszuschuss) بگیرید.</p>"
            ),
            "tr": (
                "<p>Yurt dışında bir meslek mi öğrendiniz ya da üniversite mi okudunuz? O zaman "
                "diplomanızı Almanya'da inceletebilirsiniz. Denklik belgesiyle uygun bir iş ve "
                "adil bir ücret bulma şansınız artar.</p>"
                "<h2>Denkliğe ihtiyacım var mı?</h2>"
                "<p><strong>Yasal olarak düzenlenmiş mesleklerde</strong> yalnızca denklik "
                "belgesiyle çalışabilirsiniz. Bunlar arasında örneğin doktor, hemşire, eczacı, "
                "öğretmen, çocuk eğitmeni (Erzieher) ve avukat vardır.</p>"
                "<p>Mekatronik teknisyeni veya büro elemanı gibi birçok başka meslekte denklik "
                "olmadan da çalışabilirsiniz. Ancak denklik, iş başvurularında işinize yarar. Bazı "
                "oturma izinleri için ise zorunludur.</p>"
                "<h2>Kim bana danışmanlık yapar?</h2>"
                "<ul><li>Sanayi ve ticaret meslekleri: Sanayi ve Ticaret Odası (IHK "
                "Pfalz)</li><li>Zanaat meslekleri: Zanaatkârlar Odası (Handwerkskammer der "
                "Pfalz)</li><li>Sağlık meslekleri, öğretmenler ve çocuk eğitmenleri: "
                "Rheinland-Pfalz eyaletinin resmî kurumları</li><li>Düzenlenmemiş meslekler için "
                "üniversite diplomaları: Yabancı Eğitim Merkez Ofisi (ZAB) tarafından diploma "
                "değerlendirmesi</li></ul>"
                "<p>Mesleğiniz için hangi kurumun yetkili olduğunu <a "
                'href="https://www.anerkennung-in-deutschland.de">'
                "anerkennung-in-deutschland.de</a> adresinde birkaç dilde bulabilirsiniz.</p>"
                "<p>[[offer:kl-ihk-anerkennungsberatung]]</p>"
                "<p>[[offer:kl-hwk-anerkennung-handwerk]]</p>"
                "<h2>Belgeler ve tercümeler</h2>"
                "<p>Yanınızda getirin: kimlik veya oturma izni, ders ve notların yer aldığı "
                "diplomalar, iş deneyiminizi gösteren belgeler ve özgeçmiş. İlk görüşme için "
                "fotokopiler yeterlidir. Başvuru için genellikle Almanya'da yeminli bir tercümanın "
                "yaptığı tercümeler gerekir.</p>"
                "<h2>Masraflar</h2>"
                "<p>İşlem genellikle 100 ile 600 euro arasında tutar. Buna tercüme ve onaylı kopya "
                "masrafları eklenir. Başvurudan önce Jobcenter'a veya İş Ajansına masrafları "
                "karşılayıp karşılamayacaklarını sorun. Karşılamazlarsa belki denklik desteği "
                "(Anerkennungszuschuss) alabilirsiniz.</p>"
            ),
        },
    },
    {
        "slug": "vocational-training",
        "parent": "work",
        "title": {
            "de": "Berufsausbildung",
            "en": "Vocational training (Ausbildung)",
            "ar": "التدريب المهني (Ausbildung)",
            "uk": "Професійне навчання (Ausbildung)",
            "fa": "آموزش حرفه‌ای (Ausbildung)",
            "tr": "Meslek eğitimi (Ausbildung)",
        },
        "content": {
            "de": (
                "<p>In Deutschland lernen viele junge und auch ältere Menschen einen Beruf in "
                "einer <strong>Ausbildung</strong>. Es gibt über 300 Ausbildungsberufe, zum "
                "Beispiel Elektronikerin, Kfz-Mechatroniker, Bäckerin oder Kaufmann im "
                "Einzelhandel.</p>"
                "<h2>So funktioniert die duale Ausbildung</h2>"
                "<ul><li>Sie arbeiten drei bis vier Tage pro Woche in einem Betrieb.</li><li>An "
                "ein bis zwei Tagen gehen Sie in die Berufsschule.</li><li>Die Ausbildung dauert "
                "meist zwei bis dreieinhalb Jahre.</li><li>Am Ende machen Sie eine Prüfung, zum "
                "Beispiel bei der IHK oder bei der Handwerkskammer.</li></ul>"
                "<p>Sie brauchen einen Ausbildungsvertrag mit einem Betrieb. Viele Betriebe "
                "erwarten Deutsch auf Niveau B1 und einen Schulabschluss. Ein Praktikum hilft, den "
                "Beruf und den Betrieb kennenzulernen.</p>"
                "<h2>Geld während der Ausbildung</h2>"
                "<p>Sie bekommen jeden Monat eine Ausbildungsvergütung. Sie steigt mit jedem "
                "Ausbildungsjahr. Es gibt eine gesetzliche Mindestvergütung. Reicht das Geld nicht "
                "zum Leben, können Sie bei der Agentur für Arbeit Berufsausbildungsbeihilfe (BAB) "
                "beantragen.</p>"
                "<h2>Ausbildung mit Duldung</h2>"
                "<p>Sie haben eine Duldung? Dann können Sie für die Zeit der Ausbildung unter "
                "bestimmten Bedingungen eine <strong>Ausbildungsduldung</strong> oder eine "
                "Aufenthaltserlaubnis zur Berufsausbildung bekommen. Wenn Sie danach in Ihrem "
                "Beruf arbeiten, ist eine Aufenthaltserlaubnis möglich. Lassen Sie sich beraten, "
                "bevor Sie den Vertrag unterschreiben, zum Beispiel bei der Migrationsberatung.</p>"
                "<h2>Wer hilft?</h2>"
                "<p>Die Berufsberatung der Agentur für Arbeit, der Jugendmigrationsdienst und die "
                "Kammern helfen Ihnen, einen passenden Beruf und einen Ausbildungsplatz zu "
                "finden.</p>"
                "<p>[[offer:kl-hwk-ausbildung-handwerk]]</p>"
                "<p>[[offer:kl-jmd-bildungsberatung]]</p>"
            ),
            "en": (
                "<p>In Germany many young people – and older ones too – learn a profession through "
                "<strong>vocational training (Ausbildung)</strong>. There are more than 300 "
                "training occupations, for example electronics technician, automotive mechatronics "
                "technician, baker or retail salesperson.</p>"
                "<h2>How dual training works</h2>"
                "<ul><li>You work in a company three to four days a week.</li><li>On one or two "
                "days a week you go to vocational school (Berufsschule).</li><li>Training usually "
                "takes two to three and a half years.</li><li>At the end you take an exam, for "
                "example at the IHK or the Chamber of Crafts.</li></ul>"
                "<p>You need a training contract with a company. Many companies expect German at "
                "level B1 and a school-leaving certificate. An internship helps you get to know "
                "the profession and the company.</p>"
                "<h2>Money during training</h2>"
                "<p>You receive a training allowance every month. It rises with each year of "
                "training. There is a statutory minimum training allowance. If the money is not "
                "enough to live on, you can apply for vocational training assistance "
                "(Berufsausbildungsbeihilfe, BAB) at the Employment Agency.</p>"
                "<h2>Training with a Duldung</h2>"
                "<p>Do you have a Duldung (temporary suspension of deportation)? Then, under "
                "certain conditions, you can get a <strong>training Duldung "
                "(Ausbildungsduldung)</strong> or a residence permit for vocational training for "
                "the duration of your training. If you then work in your profession, a residence "
                "permit is possible. Get advice before you sign the contract, for example from the "
                "migration advice service.</p>"
                "<h2>Who can help?</h2>"
                "<p>The careers guidance service of the Employment Agency, the Youth Migration "
                "Service (Jugendmigrationsdienst) and the chambers help you find a suitable "
                "profession and a training place.</p>"
                "<p>[[offer:kl-hwk-ausbildung-handwerk]]</p>"
                "<p>[[offer:kl-jmd-bildungsberatung]]</p>"
            ),
            "ar": (
                "<p>في ألمانيا يتعلّم كثير من الشباب، وأيضاً من هم أكبر سناً، مهنةً من خلال "
                "<strong>التدريب المهني (Ausbildung)</strong>. هناك أكثر من 300 مهنة يمكن التدرّب "
                "عليها، مثل فنية الإلكترونيات، وفني ميكاترونيكس السيارات، والخبّازة، والبائع في "
                "تجارة التجزئة.</p>"
                "<h2>كيف يعمل التدريب المزدوج؟</h2>"
                "<ul><li>تعمل ثلاثة إلى أربعة أيام في الأسبوع في شركة.</li><li>وتذهب يوماً أو "
                "يومين في الأسبوع إلى المدرسة المهنية (Berufsschule).</li><li>يستغرق التدريب عادةً "
                "من سنتين إلى ثلاث سنوات ونصف.</li><li>في النهاية تؤدي امتحاناً، مثلاً لدى غرفة "
                "الصناعة والتجارة (IHK) أو غرفة الحِرف.</li></ul>"
                "<p>تحتاج إلى عقد تدريب مع شركة. كثير من الشركات تتوقع لغة ألمانية بمستوى B1 "
                "وشهادة مدرسية. ويساعدك التدريب العملي (Praktikum) على التعرّف على المهنة "
                "والشركة.</p>"
                "<h2>المال أثناء التدريب</h2>"
                "<p>تحصل كل شهر على أجر تدريب، ويرتفع مع كل سنة تدريب. وهناك حدّ أدنى لأجر التدريب "
                "يحدده القانون. إذا لم يكفِ المال للمعيشة، يمكنك أن تطلب من وكالة العمل مساعدة "
                "التدريب المهني (Berufsausbildungsbeihilfe, BAB).</p>"
                "<h2>التدريب المهني مع وثيقة تعليق الترحيل (Duldung)</h2>"
                "<p>هل لديك وثيقة تعليق الترحيل (Duldung)؟ يمكنك إذن، بشروط معيّنة، أن تحصل طوال "
                "مدة التدريب على <strong>تعليق الترحيل لأجل التدريب (Ausbildungsduldung)</strong> "
                "أو على تصريح إقامة للتدريب المهني. وإذا عملت بعد ذلك في مهنتك، يمكن أن تحصل على "
                "تصريح إقامة. اطلب الاستشارة قبل أن توقّع العقد، مثلاً من مراكز استشارة "
                "المهاجرين.</p>"
                "<h2>من يساعدك؟</h2>"
                "<p>يساعدك الإرشاد المهني في وكالة العمل، وخدمة الهجرة للشباب "
                "(Jugendmigrationsdienst)، والغرف المهنية على إيجاد مهنة مناسبة ومكان للتدريب.</p>"
                "<p>[[offer:kl-hwk-ausbildung-handwerk]]</p>"
                "<p>[[offer:kl-jmd-bildungsberatung]]</p>"
            ),
            "uk": (
                "<p>У Німеччині багато молодих, а також старших людей здобувають професію через "
                "<strong>професійне навчання (Ausbildung)</strong>. Існує понад 300 таких "
                "професій, наприклад електронниця, автомехатронік, пекарка чи продавець у "
                "роздрібній торгівлі.</p>"
                "<h2>Як працює дуальне навчання</h2>"
                "<ul><li>Три-чотири дні на тиждень ви працюєте на підприємстві.</li><li>Один-два "
                "дні на тиждень ви ходите до професійної школи (Berufsschule).</li><li>Навчання "
                "зазвичай триває від двох до трьох з половиною років.</li><li>Наприкінці ви "
                "складаєте іспит, наприклад у Торгово-промисловій палаті (IHK) або в Ремісничій "
                "палаті.</li></ul>"
                "<p>Вам потрібен договір про навчання з підприємством. Багато підприємств очікують "
                "знання німецької на рівні B1 і шкільний атестат. Практика (Praktikum) допомагає "
                "познайомитися з професією та підприємством.</p>"
                "<h2>Гроші під час навчання</h2>"
                "<p>Щомісяця ви отримуєте винагороду за навчання. Вона зростає з кожним роком "
                "навчання. Існує мінімальна винагорода, встановлена законом. Якщо грошей на життя "
                "не вистачає, можна подати заяву на допомогу для професійного навчання "
                "(Berufsausbildungsbeihilfe, BAB) до Агентства з питань праці.</p>"
                "<h2>Навчання з Duldung</h2>"
                "<p>У вас є Duldung (тимчасове зупинення депортації)? Тоді за певних умов на час "
                "навчання ви можете отримати <strong>Ausbildungsduldung</strong> або посвідку на "
                "проживання для професійного навчання. Якщо після цього ви працюватимете за своєю "
                "професією, можлива посвідка на проживання. Проконсультуйтеся до підписання "
                "договору, наприклад у службі консультацій для мігрантів.</p>"
                "<h2>Хто допоможе?</h2>"
                "<p>Профорієнтаційна служба Агентства з питань праці, Молодіжна міграційна служба "
                "(Jugendmigrationsdienst) і палати допоможуть вам знайти відповідну професію та "
                "місце для навчання.</p>"
                "<p>[[offer:kl-hwk-ausbildung-handwerk]]</p>"
                "<p>[[offer:kl-jmd-bildungsberatung]]</p>"
            ),
            "fa": (
                "<p>در آلمان بسیاری از جوانان و حتی افراد مسن‌تر از راه <strong>آموزش حرفه‌ای "
                "(Ausbildung)</strong> یک حرفه یاد می‌گیرند. بیش از ۳۰۰ رشته آموزش حرفه‌ای وجود "
                "دارد، مثلاً تکنسین الکترونیک، مکانیک خودرو (مکاترونیک خودرو)، نانوا یا فروشنده در "
                "فروشگاه.</p>"
                "<h2>آموزش دوگانه چطور است؟</h2>"
                "<ul><li>سه تا چهار روز در هفته در یک شرکت یا کارگاه کار می‌کنید.</li><li>یک تا دو "
                "روز در هفته به مدرسه حرفه‌ای (Berufsschule) می‌روید.</li><li>دوره آموزش معمولاً "
                "دو تا سه سال و نیم طول می‌کشد.</li><li>در پایان امتحان می‌دهید، مثلاً در اتاق "
                "صنعت و بازرگانی (IHK) یا اتاق اصناف.</li></ul>"
                "<p>به یک قرارداد آموزشی با یک شرکت نیاز دارید. بسیاری از شرکت‌ها زبان آلمانی در "
                "سطح B1 و مدرک مدرسه انتظار دارند. یک دوره کارآموزی (Praktikum) کمک می‌کند حرفه و "
                "شرکت را بشناسید.</p>"
                "<h2>درآمد در دوران آموزش</h2>"
                "<p>هر ماه حقوق آموزشی دریافت می‌کنید که با هر سال آموزش بیشتر می‌شود. این حقوق یک "
                "حداقل قانونی دارد. اگر این پول برای زندگی کافی نباشد، می‌توانید از اداره کار "
                "کمک‌هزینه آموزش حرفه‌ای (Berufsausbildungsbeihilfe، BAB) درخواست کنید.</p>"
                "<h2>آموزش حرفه‌ای با دولدونگ (Duldung)</h2>"
                "<p>دولدونگ (Duldung، تعلیق موقت اخراج) دارید؟ در این صورت با شرایطی می‌توانید "
                "برای مدت آموزش یک <strong>دولدونگ آموزشی (Ausbildungsduldung)</strong> یا اجازه "
                "اقامت برای آموزش حرفه‌ای بگیرید. اگر پس از آن در حرفه خود کار کنید، گرفتن اجازه "
                "اقامت ممکن است. پیش از امضای قرارداد مشاوره بگیرید، مثلاً در مرکز مشاوره "
                "مهاجران.</p>"
                "<h2>چه کسی کمک می‌کند؟</h2>"
                "<p>مشاوره شغلی اداره کار، سرویس مهاجرت جوانان (Jugendmigrationsdienst) و اتاق‌های "
                "صنفی به شما کمک می‌کنند یک حرفه مناسب و یک جای آموزش پیدا کنید.</p>"
                "<p>[[offer:kl-hwk-ausbildung-handwerk]]</p>"
                "<p>[[offer:kl-jmd-bildungsberatung]]</p>"
            ),
            "tr": (
                "<p>Almanya'da birçok genç ve daha ileri yaştaki insanlar da bir mesleği "
                "<strong>meslek eğitimiyle (Ausbildung)</strong> öğrenir. 300'den fazla eğitim "
                "mesleği vardır; örneğin elektronik teknisyeni, otomotiv mekatronisyeni, fırıncı "
                "veya perakende satış elemanı.</p>"
                "<h2>İkili meslek eğitimi nasıl işler?</h2>"
                "<ul><li>Haftada üç ila dört gün bir işletmede çalışırsınız.</li><li>Haftada bir "
                "ila iki gün meslek okuluna (Berufsschule) gidersiniz.</li><li>Eğitim genellikle "
                "iki ila üç buçuk yıl sürer.</li><li>Sonunda örneğin Sanayi ve Ticaret Odasında "
                "(IHK) veya Zanaatkârlar Odasında bir sınava girersiniz.</li></ul>"
                "<p>Bir işletmeyle eğitim sözleşmesi yapmanız gerekir. Birçok işletme B1 "
                "seviyesinde Almanca ve bir okul diploması bekler. Staj (Praktikum), mesleği ve "
                "işletmeyi tanımanıza yardımcı olur.</p>"
                "<h2>Eğitim sırasında para</h2>"
                "<p>Her ay bir eğitim ücreti alırsınız. Bu ücret her eğitim yılında artar. Yasal "
                "bir asgari eğitim ücreti vardır. Para geçiminize yetmezse İş Ajansından meslek "
                "eğitimi yardımı (Berufsausbildungsbeihilfe, BAB) için başvurabilirsiniz.</p>"
                "<h2>Duldung ile meslek eğitimi</h2>"
                "<p>Duldung'unuz (sınır dışı edilmenin geçici olarak ertelenmesi) mı var? O zaman "
                "belirli şartlarla eğitim süresince bir <strong>eğitim Duldung'u "
                "(Ausbildungsduldung)</strong> veya meslek eğitimi için oturma izni alabilirsiniz. "
                "Eğitimden sonra mesleğinizde çalışırsanız oturma izni almanız mümkündür. "
                "Sözleşmeyi imzalamadan önce danışmanlık alın, örneğin göçmen danışma "
                "merkezinden.</p>"
                "<h2>Kim yardım eder?</h2>"
                "<p>İş Ajansının meslek danışmanlığı, Gençlik Göç Servisi (Jugendmigrationsdienst) "
                "ve meslek odaları, size uygun bir meslek ve eğitim yeri bulmanızda yardımcı "
                "olur.</p>"
                "<p>[[offer:kl-hwk-ausbildung-handwerk]]</p>"
                "<p>[[offer:kl-jmd-bildungsberatung]]</p>"
            ),
        },
    },
    {
        "slug": "housing",
        "parent": None,
        "title": {
            "de": "Wohnen",
            "en": "Housing",
            "ar": "السكن",
            "uk": "Житло",
            "fa": "مسکن",
            "tr": "Konut",
        },
        "content": {
            "de": (
                "<p>Eine Wohnung zu finden braucht in Kaiserslautern oft Zeit und Geduld. Fangen "
                "Sie früh an und nutzen Sie die Beratung.</p>"
                "<h2>Was kostet eine Wohnung?</h2>"
                "<ul><li><strong>Kaltmiete:</strong> die Miete nur für die "
                "Wohnung.</li><li><strong>Nebenkosten:</strong> zum Beispiel für Wasser, Müll und "
                "Hausreinigung.</li><li><strong>Warmmiete:</strong> Kaltmiete plus Nebenkosten und "
                "Heizung. Strom zahlen Sie meist extra.</li><li><strong>Kaution:</strong> "
                "höchstens drei Kaltmieten. Sie dürfen sie in drei Monatsraten zahlen. Beim Auszug "
                "bekommen Sie die Kaution zurück, wenn alles in Ordnung ist.</li></ul>"
                "<h2>So finden Sie eine Wohnung</h2>"
                "<ul><li>Suchen Sie in Wohnungsportalen, in der Zeitung und bei der städtischen "
                "Wohnungsbaugesellschaft Bau AG.</li><li>Haben Sie wenig Einkommen? Dann können "
                "Sie bei der Stadtverwaltung einen <strong>Wohnberechtigungsschein (WBS)</strong> "
                "beantragen. Damit können Sie eine günstigere Sozialwohnung "
                "mieten.</li><li>Bekommen Sie Bürgergeld oder Leistungen vom Sozialamt? Fragen Sie "
                "vor der Unterschrift, ob die Miete übernommen wird.</li><li>Zahlen Sie kein Geld, "
                "bevor Sie die Wohnung gesehen und einen Mietvertrag haben.</li></ul>"
                "<p>[[offer:kl-b-bau-ag-wohnberatung]]</p>"
                "<p>[[offer:kl-b-wohnungssuche-sprechstunde]]</p>"
            ),
            "en": (
                "<p>Finding a flat in Kaiserslautern often takes time and patience. Start early "
                "and make use of the advice services.</p>"
                "<h2>What does a flat cost?</h2>"
                "<ul><li><strong>Kaltmiete (basic rent):</strong> the rent for the flat "
                "only.</li><li><strong>Nebenkosten (service charges):</strong> for example for "
                "water, rubbish collection and cleaning of the building.</li><li><strong>Warmmiete "
                "(total rent):</strong> basic rent plus service charges and heating. Electricity "
                "is usually paid separately.</li><li><strong>Kaution (deposit):</strong> at most "
                "three months’ basic rent. You may pay it in three monthly instalments. When you "
                "move out, you get the deposit back if everything is in order.</li></ul>"
                "<h2>How to find a flat</h2>"
                "<ul><li>Search on housing websites, in the newspaper and at Bau AG, the city’s "
                "housing company.</li><li>Is your income low? Then you can apply to the city "
                "administration for a <strong>housing entitlement certificate "
                "(Wohnberechtigungsschein, WBS)</strong>. With it you can rent a cheaper social "
                "housing flat.</li><li>Do you receive Bürgergeld or benefits from the social "
                "welfare office? Before you sign, ask whether they will pay the rent.</li><li>Do "
                "not pay any money before you have seen the flat and have a tenancy "
                "agreement.</li></ul>"
                "<p>[[offer:kl-b-bau-ag-wohnberatung]]</p>"
                "<p>[[offer:kl-b-wohnungssuche-sprechstunde]]</p>"
            ),
            "ar": (
                "<p>غالباً ما يحتاج العثور على شقة في كايزرسلاوترن إلى وقت وصبر. ابدأ مبكراً "
                "واستفد من خدمات الاستشارة.</p>"
                "<h2>كم تكلّف الشقة؟</h2>"
                "<ul><li><strong>الإيجار الأساسي (Kaltmiete):</strong> إيجار الشقة "
                "وحدها.</li><li><strong>التكاليف الإضافية (Nebenkosten):</strong> مثلاً للماء "
                "والنفايات وتنظيف المبنى.</li><li><strong>الإيجار الشامل (Warmmiete):</strong> "
                "الإيجار الأساسي مع التكاليف الإضافية والتدفئة. أما الكهرباء فتدفعها عادةً بشكل "
                "منفصل.</li><li><strong>التأمين (Kaution):</strong> ثلاثة أضعاف الإيجار الأساسي "
                "كحدّ أقصى. يحق لك دفعه على ثلاثة أقساط شهرية. عند مغادرة الشقة يُعاد إليك التأمين "
                "إذا كان كل شيء على ما يرام.</li></ul>"
                "<h2>كيف تجد شقة؟</h2>"
                "<ul><li>ابحث في مواقع السكن على الإنترنت، وفي الصحف، ولدى Bau AG، شركة الإسكان "
                "التابعة للمدينة.</li><li>هل دخلك منخفض؟ يمكنك إذن أن تطلب من إدارة المدينة "
                "<strong>شهادة أحقية السكن (Wohnberechtigungsschein, WBS)</strong>. بها يمكنك "
                "استئجار شقة اجتماعية أرخص.</li><li>هل تحصل على إعانة المواطن (Bürgergeld) أو على "
                "مساعدات من مكتب الشؤون الاجتماعية؟ اسأل قبل التوقيع إن كانوا سيدفعون "
                "الإيجار.</li><li>لا تدفع أي مال قبل أن ترى الشقة ويكون معك عقد إيجار.</li></ul>"
                "<p>[[offer:kl-b-bau-ag-wohnberatung]]</p>"
                "<p>[[offer:kl-b-wohnungssuche-sprechstunde]]</p>"
            ),
            "uk": (
                "<p>Пошук житла в Кайзерслаутерні часто потребує часу й терпіння. Почніть якомога "
                "раніше й скористайтеся консультаціями.</p>"
                "<h2>Скільки коштує квартира?</h2>"
                "<ul><li><strong>Kaltmiete (базова орендна плата):</strong> плата лише за саму "
                "квартиру.</li><li><strong>Nebenkosten (додаткові витрати):</strong> наприклад за "
                "воду, вивезення сміття й прибирання будинку.</li><li><strong>Warmmiete (повна "
                "орендна плата):</strong> базова плата разом із додатковими витратами й опаленням. "
                "За електроенергію зазвичай платять окремо.</li><li><strong>Kaution "
                "(застава):</strong> не більше трьох базових орендних плат. Її можна сплатити "
                "трьома щомісячними частинами. Коли ви виїжджаєте, заставу повертають, якщо все "
                "гаразд.</li></ul>"
                "<h2>Як знайти квартиру</h2>"
                "<ul><li>Шукайте на сайтах оголошень про житло, у газеті та в міській житловій "
                "компанії Bau AG.</li><li>У вас невеликий дохід? Тоді можна подати заяву до "
                "міської адміністрації на <strong>довідку про право на соціальне житло "
                "(Wohnberechtigungsschein, WBS)</strong>. З нею можна орендувати дешевшу соціальну "
                "квартиру.</li><li>Ви отримуєте Bürgergeld або виплати від соціального відомства? "
                "Перед підписанням договору запитайте, чи оплатять вони оренду.</li><li>Не платіть "
                "жодних грошей, поки не побачили квартиру й не маєте договору оренди.</li></ul>"
                "<p>[[offer:kl-b-bau-ag-wohnberatung]]</p>"
                "<p>[[offer:kl-b-wohnungssuche-sprechstunde]]</p>"
            ),
            "fa": (
                "<p>پیدا کردن خانه در کایزرسلاترن اغلب زمان و صبر می‌خواهد. زود شروع کنید و از "
                "مشاوره کمک بگیرید.</p>"
                "<h2>اجاره یک آپارتمان چقدر است؟</h2>"
                "<ul><li><strong>اجاره خالص (Kaltmiete):</strong> فقط اجاره خود "
                "آپارتمان.</li><li><strong>هزینه‌های جانبی (Nebenkosten):</strong> مثلاً برای آب، "
                "زباله و نظافت ساختمان.</li><li><strong>اجاره کامل (Warmmiete):</strong> اجاره "
                "خالص به‌علاوه هزینه‌های جانبی و گرمایش. برق را معمولاً جداگانه پرداخت "
                "می‌کنید.</li><li><strong>ودیعه (Kaution):</strong> حداکثر سه برابر اجاره خالص "
                "ماهانه. می‌توانید آن را در سه قسط ماهانه بپردازید. هنگام تخلیه، اگر همه چیز مرتب "
                "باشد، ودیعه را پس می‌گیرید.</li></ul>"
                "<h2>چطور آپارتمان پیدا کنم؟</h2>"
                "<ul><li>در سایت‌های اجاره مسکن، در روزنامه و در شرکت مسکن شهرداری، Bau AG، "
                "جست‌وجو کنید.</li><li>درآمد کمی دارید؟ در این صورت می‌توانید از اداره شهر "
                "<strong>گواهی حق مسکن اجتماعی (Wohnberechtigungsschein، WBS)</strong> درخواست "
                "کنید. با آن می‌توانید یک آپارتمان اجتماعی ارزان‌تر اجاره کنید.</li><li>کمک‌هزینه "
                "شهروندی (Bürgergeld) یا کمک از اداره امور اجتماعی می‌گیرید؟ پیش از امضا بپرسید که "
                "آیا اجاره را پرداخت می‌کنند.</li><li>تا آپارتمان را ندیده‌اید و قرارداد اجاره "
                "ندارید، هیچ پولی پرداخت نکنید.</li></ul>"
                "<p>[[offer:kl-b-bau-ag-wohnberatung]]</p>"
                "<p>[[offer:kl-b-wohnungssuche-sprechstunde]]</p>"
            ),
            "tr": (
                "<p>Kaiserslautern'de ev bulmak genellikle vakit ve sabır ister. Erken başlayın ve "
                "danışmanlık hizmetlerinden yararlanın.</p>"
                "<h2>Bir daire ne kadar tutar?</h2>"
                "<ul><li><strong>Soğuk kira (Kaltmiete):</strong> Sadece dairenin "
                "kirası.</li><li><strong>Yan giderler (Nebenkosten):</strong> Örneğin su, çöp ve "
                "bina temizliği için.</li><li><strong>Sıcak kira (Warmmiete):</strong> Soğuk kira "
                "artı yan giderler ve ısınma. Elektriği genellikle ayrıca "
                "ödersiniz.</li><li><strong>Depozito (Kaution):</strong> En fazla üç aylık soğuk "
                "kira. Üç aylık taksitle ödeyebilirsiniz. Taşınırken her şey yolundaysa "
                "depozitonuzu geri alırsınız.</li></ul>"
                "<h2>Nasıl ev bulunur?</h2>"
                "<ul><li>Emlak sitelerinde, gazetede ve belediyenin konut şirketi Bau AG'de "
                "arayın.</li><li>Geliriniz düşük mü? O zaman belediyeye başvurarak <strong>konut "
                "hak belgesi (Wohnberechtigungsschein, WBS)</strong> alabilirsiniz. Bu belgeyle "
                "daha ucuz bir sosyal konut kiralayabilirsiniz.</li><li>Vatandaş parası "
                "(Bürgergeld) veya sosyal yardım dairesinden yardım mı alıyorsunuz? İmzalamadan "
                "önce kiranın karşılanıp karşılanmayacağını sorun.</li><li>Daireyi görmeden ve "
                "kira sözleşmeniz olmadan hiçbir para ödemeyin.</li></ul>"
                "<p>[[offer:kl-b-bau-ag-wohnberatung]]</p>"
                "<p>[[offer:kl-b-wohnungssuche-sprechstunde]]</p>"
            ),
        },
    },
    {
        "slug": "tenancy-rules",
        "parent": "housing",
        "title": {
            "de": "Leben in der Mietwohnung",
            "en": "Living in a rented flat",
            "ar": "الحياة في شقة مستأجرة",
            "uk": "Життя в орендованій квартирі",
            "fa": "زندگی در خانه اجاره‌ای",
            "tr": "Kiralık dairede yaşamak",
        },
        "content": {
            "de": (
                "<p>In einem Mietshaus leben viele Menschen zusammen. Die "
                "<strong>Hausordnung</strong> regelt das Zusammenleben. Sie hängt oft im "
                "Treppenhaus oder gehört zum Mietvertrag. Lesen Sie sie gut durch.</p>"
                "<h2>Ruhezeiten</h2>"
                "<p>Von 22 bis 6 Uhr ist Nachtruhe. Auch sonntags und an Feiertagen soll es leise "
                "sein. Dann bitte keine laute Musik und nicht bohren. Planen Sie ein Fest? Sagen "
                "Sie es vorher Ihren Nachbarn.</p>"
                "<h2>Müll trennen in Kaiserslautern</h2>"
                "<ul><li><strong>Gelber Sack:</strong> Verpackungen aus Plastik und Metall und "
                "Getränkekartons, zum Beispiel Joghurtbecher und Dosen.</li><li><strong>Blaue "
                "Tonne:</strong> Papier, Zeitungen und Kartons.</li><li><strong>Braune Tonne "
                "(Biotonne):</strong> Essensreste, Obst- und Gemüseschalen, Kaffeesatz und "
                "Gartenabfälle.</li><li><strong>Restmülltonne:</strong> alles andere, zum Beispiel "
                "Windeln, Hygieneartikel und Staubsaugerbeutel.</li><li><strong>Glas</strong> "
                "bringen Sie nach Farben getrennt zum Glascontainer. Pfandflaschen geben Sie im "
                "Supermarkt zurück.</li></ul>"
                "<p>Die Abholtermine stehen im Abfallkalender der Stadt. Für alte Möbel "
                "(Sperrmüll) melden Sie vorher eine Abholung an.</p>"
                "<h2>Lüften und Heizen</h2>"
                "<p>Öffnen Sie zwei- bis dreimal am Tag die Fenster für fünf bis zehn Minuten ganz "
                "(Stoßlüften). Heizen Sie alle Räume ein wenig. So entsteht kein Schimmel. Sehen "
                "Sie Schimmel, sagen Sie es sofort Ihrer Vermieterin oder Ihrem Vermieter.</p>"
                "<h2>Ihre Rechte</h2>"
                "<ul><li>Die Vermieterin oder der Vermieter darf die Wohnung nur mit Ihrer "
                "Erlaubnis betreten, außer im Notfall.</li><li>Die Vermieterin oder der Vermieter "
                "muss Mängel in der Wohnung reparieren lassen, zum Beispiel eine kaputte Heizung. "
                "Melden Sie Mängel schriftlich.</li><li>Einmal im Jahr bekommen Sie eine "
                "Nebenkostenabrechnung. Sie dürfen die Belege ansehen.</li><li>Eine Kündigung muss "
                "schriftlich sein. Als Mieterin oder Mieter können Sie meist mit drei Monaten "
                "Frist kündigen.</li></ul>"
                "<p>Bei Streit helfen der Mieterverein und Beratungsstellen.</p>"
                "<p>[[offer:kl-b-mietrecht-beratungsabend]]</p>"
            ),
            "en": (
                "<p>In a block of flats many people live together. The <strong>house rules "
                "(Hausordnung)</strong> set out how everyone lives together. They often hang in "
                "the stairwell or are part of the tenancy agreement. Read them carefully.</p>"
                "<h2>Quiet hours</h2>"
                "<p>Night-time quiet hours are from 10 pm to 6 am. On Sundays and public holidays "
                "it should also be quiet. At these times, please no loud music and no drilling. "
                "Planning a party? Tell your neighbours beforehand.</p>"
                "<h2>Separating waste in Kaiserslautern</h2>"
                "<ul><li><strong>Yellow bag (Gelber Sack):</strong> packaging made of plastic and "
                "metal, and drink cartons, for example yoghurt pots and cans.</li><li><strong>Blue "
                "bin:</strong> paper, newspapers and cardboard.</li><li><strong>Brown bin "
                "(Biotonne, organic waste):</strong> food leftovers, fruit and vegetable peel, "
                "coffee grounds and garden waste.</li><li><strong>Residual waste bin "
                "(Restmüll):</strong> everything else, for example nappies, hygiene products and "
                "vacuum cleaner bags.</li><li>Take <strong>glass</strong> to the bottle bank, "
                "sorted by colour. Return deposit bottles (Pfand) to the supermarket.</li></ul>"
                "<p>Collection dates are in the city’s waste calendar. For old furniture (bulky "
                "waste, Sperrmüll), book a collection in advance.</p>"
                "<h2>Airing and heating</h2>"
                "<p>Open the windows wide two to three times a day for five to ten minutes "
                "(Stoßlüften). Heat all rooms a little. This prevents mould. If you see mould, "
                "tell your landlord immediately.</p>"
                "<h2>Your rights</h2>"
                "<ul><li>Your landlord may only enter the flat with your permission, except in an "
                "emergency.</li><li>Your landlord must have defects in the flat repaired, for "
                "example a broken heating system. Report defects in writing.</li><li>Once a year "
                "you receive a statement of service charges (Nebenkostenabrechnung). You may look "
                "at the receipts.</li><li>Notice to end a tenancy must be given in writing. As a "
                "tenant you can usually give three months’ notice.</li></ul>"
                "<p>If there is a dispute, the tenants’ association (Mieterverein) and advice "
                "centres can help.</p>"
                "<p>[[offer:kl-b-mietrecht-beratungsabend]]</p>"
            ),
            "ar": (
                "<p>في العمارة السكنية يعيش كثير من الناس معاً. و<strong>نظام البيت "
                "(Hausordnung)</strong> ينظّم هذه الحياة المشتركة. غالباً ما يكون معلّقاً على درج "
                "المبنى أو جزءاً من عقد الإيجار. اقرأه جيداً.</p>"
                "<h2>أوقات الراحة</h2>"
                "<p>من الساعة 22 ليلاً حتى 6 صباحاً وقت الهدوء الليلي. ويجب أيضاً الحفاظ على "
                "الهدوء أيام الأحد والعطل الرسمية. في هذه الأوقات لا موسيقى عالية ولا أعمال ثقب "
                "بالمثقاب من فضلك. هل تخطط لحفلة؟ أخبر جيرانك قبلها.</p>"
                "<h2>فرز النفايات في كايزرسلاوترن</h2>"
                "<ul><li><strong>الكيس الأصفر (Gelber Sack):</strong> العبوات البلاستيكية "
                "والمعدنية وعلب المشروبات الكرتونية، مثل علب اللبن والعلب "
                "المعدنية.</li><li><strong>الحاوية الزرقاء:</strong> الورق والجرائد "
                "والكرتون.</li><li><strong>الحاوية البنية (Biotonne، للنفايات العضوية):</strong> "
                "بقايا الطعام، وقشور الفواكه والخضار، وبقايا القهوة، ونفايات "
                "الحديقة.</li><li><strong>حاوية النفايات المتبقية (Restmüll):</strong> كل ما "
                "تبقّى، مثل الحفاضات ومنتجات النظافة الشخصية وأكياس المكنسة الكهربائية.</li><li>ضع "
                "<strong>الزجاج</strong> في حاويات الزجاج حسب لونه. أما زجاجات العربون (Pfand) "
                "فأرجعها إلى السوبرماركت.</li></ul>"
                "<p>مواعيد جمع النفايات موجودة في تقويم النفايات الخاص بالمدينة. أما الأثاث القديم "
                "(Sperrmüll) فاطلب جمعه مسبقاً.</p>"
                "<h2>التهوية والتدفئة</h2>"
                "<p>افتح النوافذ بالكامل مرتين إلى ثلاث مرات يومياً لمدة خمس إلى عشر دقائق "
                "(Stoßlüften). دفّئ كل الغرف قليلاً. هكذا لا يتكوّن العفن. إذا رأيت عفناً فأخبر "
                "المؤجّر فوراً.</p>"
                "<h2>حقوقك</h2>"
                "<ul><li>لا يجوز للمؤجّر دخول الشقة إلا بإذنك، إلا في حالات الطوارئ.</li><li>على "
                "المؤجّر إصلاح العيوب في الشقة، مثل التدفئة المعطّلة. أبلغ عن العيوب "
                "كتابياً.</li><li>مرة في السنة تصلك تسوية التكاليف الإضافية "
                "(Nebenkostenabrechnung). ويحق لك الاطلاع على الفواتير.</li><li>يجب أن يكون إنهاء "
                "العقد كتابياً. كمستأجر يمكنك عادةً إنهاء العقد بمهلة ثلاثة أشهر.</li></ul>"
                "<p>عند حدوث خلاف تساعدك جمعية المستأجرين (Mieterverein) ومراكز الاستشارة.</p>"
                "<p>[[offer:kl-b-mietrecht-beratungsabend]]</p>"
            ),
            "uk": (
                "<p>У багатоквартирному будинку разом живе багато людей. <strong>Правила будинку "
                "(Hausordnung)</strong> визначають, як жити поруч. Вони часто висять у під’їзді "
                "або є частиною договору оренди. Уважно прочитайте їх.</p>"
                "<h2>Години тиші</h2>"
                "<p>З 22:00 до 6:00 – нічна тиша. У неділю та у святкові дні також має бути тихо. "
                "У цей час, будь ласка, не вмикайте гучну музику й не свердліть. Плануєте свято? "
                "Попередьте сусідів заздалегідь.</p>"
                "<h2>Сортування сміття в Кайзерслаутерні</h2>"
                "<ul><li><strong>Жовтий мішок (Gelber Sack):</strong> упаковка з пластику й металу "
                "та пакети з-під напоїв, наприклад стаканчики з-під йогурту й "
                "бляшанки.</li><li><strong>Синій контейнер:</strong> папір, газети й "
                "картон.</li><li><strong>Коричневий контейнер (Biotonne):</strong> залишки їжі, "
                "очистки фруктів і овочів, кавова гуща й садові відходи.</li><li><strong>Контейнер "
                "для залишкового сміття (Restmüll):</strong> усе інше, наприклад підгузки, засоби "
                "гігієни й мішки з пилососа.</li><li><strong>Скло</strong> відносьте до "
                "контейнерів для скла, розсортувавши за кольором. Пляшки із заставою (Pfand) "
                "здавайте в супермаркеті.</li></ul>"
                "<p>Дати вивезення сміття є в міському календарі вивезення відходів. Про вивезення "
                "старих меблів (Sperrmüll) треба домовитися заздалегідь.</p>"
                "<h2>Провітрювання й опалення</h2>"
                "<p>Два-три рази на день повністю відчиняйте вікна на п’ять-десять хвилин "
                "(Stoßlüften). Трохи опалюйте всі кімнати. Так не з’явиться цвіль. Якщо ви "
                "помітили цвіль, одразу повідомте орендодавця.</p>"
                "<h2>Ваші права</h2>"
                "<ul><li>Орендодавець може заходити до квартири лише з вашого дозволу, крім "
                "надзвичайних ситуацій.</li><li>Орендодавець має подбати про ремонт несправностей "
                "у квартирі, наприклад зламаного опалення. Повідомляйте про несправності "
                "письмово.</li><li>Раз на рік ви отримуєте розрахунок додаткових витрат "
                "(Nebenkostenabrechnung). Ви маєте право переглянути рахунки.</li><li>Розірвання "
                "договору має бути письмовим. Як орендар ви зазвичай можете розірвати договір, "
                "попередивши за три місяці.</li></ul>"
                "<p>У разі конфлікту допоможуть спілка орендарів (Mieterverein) і консультаційні "
                "служби.</p>"
                "<p>[[offer:kl-b-mietrecht-beratungsabend]]</p>"
            ),
            "fa": (
                "<p>در یک ساختمان اجاره‌ای افراد زیادی کنار هم زندگی می‌کنند. <strong>مقررات "
                "ساختمان (Hausordnung)</strong> زندگی مشترک را تنظیم می‌کند. این مقررات اغلب در "
                "راه‌پله نصب شده یا بخشی از قرارداد اجاره است. آن را با دقت بخوانید.</p>"
                "<h2>ساعات سکوت</h2>"
                "<p>از ساعت ۲۲ تا ۶ صبح زمان سکوت شبانه است. یکشنبه‌ها و روزهای تعطیل رسمی هم باید "
                "آرام باشد. در این زمان‌ها لطفاً موسیقی بلند پخش نکنید و دریل نزنید. جشن دارید؟ از "
                "قبل به همسایه‌ها خبر بدهید.</p>"
                "<h2>تفکیک زباله در کایزرسلاترن</h2>"
                "<ul><li><strong>کیسه زرد (Gelber Sack):</strong> بسته‌بندی‌های پلاستیکی و فلزی و "
                "پاکت‌های نوشیدنی، مثلاً ظرف ماست و قوطی.</li><li><strong>سطل آبی:</strong> کاغذ، "
                "روزنامه و کارتن.</li><li><strong>سطل قهوه‌ای (Biotonne، زباله‌های آلی):</strong> "
                "باقی‌مانده غذا، پوست میوه و سبزی، تفاله قهوه و زباله‌های "
                "باغچه.</li><li><strong>سطل زباله‌های باقی‌مانده (Restmüll):</strong> بقیه "
                "زباله‌ها، مثلاً پوشک، وسایل بهداشتی و کیسه "
                "جاروبرقی.</li><li><strong>شیشه</strong> را بر اساس رنگ در مخزن‌های شیشه بیندازید. "
                "بطری‌های ودیعه‌دار (Pfand) را به سوپرمارکت برگردانید.</li></ul>"
                "<p>روزهای جمع‌آوری زباله در تقویم زباله شهر آمده است. برای جمع‌آوری مبلمان کهنه "
                "(Sperrmüll) باید از قبل وقت بگیرید.</p>"
                "<h2>تهویه و گرمایش</h2>"
                "<p>روزی دو تا سه بار پنجره‌ها را برای پنج تا ده دقیقه کاملاً باز کنید "
                "(Stoßlüften). همه اتاق‌ها را کمی گرم نگه دارید. به این ترتیب کپک نمی‌زند. اگر کپک "
                "دیدید، فوراً به صاحبخانه اطلاع دهید.</p>"
                "<h2>حقوق شما</h2>"
                "<ul><li>صاحبخانه فقط با اجازه شما می‌تواند وارد خانه شود، مگر در موارد "
                "اضطراری.</li><li>صاحبخانه باید ترتیب تعمیر خرابی‌های خانه را بدهد، مثلاً شوفاژ "
                "خراب. خرابی‌ها را کتبی اطلاع دهید.</li><li>سالی یک بار صورت‌حساب هزینه‌های جانبی "
                "(Nebenkostenabrechnung) را دریافت می‌کنید. حق دارید رسیدها را ببینید.</li><li>فسخ "
                "قرارداد باید کتبی باشد. شما به‌عنوان مستأجر معمولاً می‌توانید با سه ماه مهلت "
                "قرارداد را فسخ کنید.</li></ul>"
                "<p>در صورت اختلاف، انجمن مستأجران (Mieterverein) و مراکز مشاوره کمک می‌کنند.</p>"
                "<p>[[offer:kl-b-mietrecht-beratungsabend]]</p>"
            ),
            "tr": (
                "<p>Bir apartmanda birçok insan bir arada yaşar. <strong>Bina kuralları "
                "(Hausordnung)</strong> bu birlikte yaşamı düzenler. Kurallar genellikle merdiven "
                "boşluğunda asılıdır veya kira sözleşmesinin bir parçasıdır. Dikkatlice okuyun.</p>"
                "<h2>Sessizlik saatleri</h2>"
                "<p>Saat 22.00 ile 06.00 arası gece sessizliği saatleridir. Pazar günleri ve resmî "
                "tatillerde de sessiz olunmalıdır. Bu saatlerde lütfen yüksek sesle müzik "
                "dinlemeyin ve matkap kullanmayın. Bir kutlama mı planlıyorsunuz? Komşularınıza "
                "önceden haber verin.</p>"
                "<h2>Kaiserslautern'de çöp ayrıştırma</h2>"
                "<ul><li><strong>Sarı çuval (Gelber Sack):</strong> Plastik ve metal ambalajlar "
                "ile içecek kartonları, örneğin yoğurt kapları ve teneke "
                "kutular.</li><li><strong>Mavi bidon:</strong> Kâğıt, gazete ve "
                "karton.</li><li><strong>Kahverengi bidon (Biotonne):</strong> Yemek artıkları, "
                "meyve ve sebze kabukları, kahve telvesi ve bahçe atıkları.</li><li><strong>Evsel "
                "atık bidonu (Restmüll):</strong> Geri kalan her şey, örneğin bebek bezleri, "
                "hijyen ürünleri ve elektrikli süpürge torbaları.</li><li><strong>Camları</strong> "
                "renklerine göre ayırarak cam kumbarasına atın. Depozitolu şişeleri (Pfand) "
                "süpermarkete geri verin.</li></ul>"
                "<p>Çöp toplama günleri belediyenin atık takviminde yazar. Eski mobilyalar "
                "(Sperrmüll) için önceden toplama randevusu alın.</p>"
                "<h2>Havalandırma ve ısınma</h2>"
                "<p>Günde iki üç kez pencereleri beş ila on dakika boyunca tamamen açın "
                "(Stoßlüften). Bütün odaları biraz ısıtın. Böylece küf oluşmaz. Küf görürseniz "
                "hemen ev sahibinize haber verin.</p>"
                "<h2>Haklarınız</h2>"
                "<ul><li>Ev sahibi, acil durumlar dışında daireye yalnızca sizin izninizle "
                "girebilir.</li><li>Dairedeki arızaları, örneğin bozuk bir kaloriferi, ev sahibi "
                "tamir ettirmek zorundadır. Arızaları yazılı olarak bildirin.</li><li>Yılda bir "
                "kez yan gider hesabı (Nebenkostenabrechnung) alırsınız. Faturaları görme hakkınız "
                "vardır.</li><li>Fesih yazılı olmalıdır. Kiracı olarak genellikle üç ay önceden "
                "haber vererek sözleşmeyi feshedebilirsiniz.</li></ul>"
                "<p>Anlaşmazlık olursa kiracılar derneği (Mieterverein) ve danışma merkezleri "
                "yardımcı olur.</p>"
                "<p>[[offer:kl-b-mietrecht-beratungsabend]]</p>"
            ),
        },
    },
    {
        "slug": "money",
        "parent": None,
        "title": {
            "de": "Geld und Sozialleistungen",
            "en": "Money and benefits",
            "ar": "المال والمساعدات الاجتماعية",
            "uk": "Гроші й соціальні виплати",
            "fa": "پول و کمک‌های اجتماعی",
            "tr": "Para ve sosyal yardımlar",
        },
        "content": {
            "de": (
                "<p>Reicht Ihr Geld nicht zum Leben? Dann gibt es Hilfe vom Staat. Welche Leistung "
                "Sie bekommen, hängt von Ihrem Aufenthalt und Ihrer Situation ab.</p>"
                "<ul><li><strong>Bürgergeld (Grundsicherung für Arbeitsuchende):</strong> für "
                "Menschen, die arbeiten können, und ihre Familien, wenn das Einkommen nicht "
                "reicht. Sie beantragen es beim Jobcenter Kaiserslautern. Das Jobcenter übernimmt "
                "auch eine angemessene Miete und die "
                "Heizkosten.</li><li><strong>Asylbewerberleistungen:</strong> Während des "
                "Asylverfahrens und mit Duldung bekommen Sie meist Leistungen nach dem "
                "Asylbewerberleistungsgesetz (AsylbLG) vom Sozialamt der "
                "Stadt.</li><li><strong>Kindergeld:</strong> 259 Euro pro Kind und Monat. Sie "
                "beantragen es bei der Familienkasse der Agentur für Arbeit. Ob Sie es bekommen, "
                "hängt von Ihrem Aufenthaltstitel ab. Stellen Sie den Antrag früh: Kindergeld wird "
                "nur sechs Monate rückwirkend gezahlt.</li><li><strong>Wohngeld:</strong> ein "
                "Zuschuss zur Miete für Menschen mit kleinem Einkommen, die kein Bürgergeld "
                "bekommen. Der Antrag geht an die Wohngeldstelle der Stadt.</li></ul>"
                "<p>Melden Sie Änderungen sofort, zum Beispiel eine neue Arbeit oder eine neue "
                "Adresse. Lesen Sie jeden Bescheid. Ist ein Bescheid falsch, können Sie innerhalb "
                "eines Monats Widerspruch einlegen.</p>"
                "<p>Sie haben Schulden oder viele Mahnungen? Warten Sie nicht – die "
                "Schuldnerberatung hilft kostenlos.</p>"
                "<p>[[offer:kl-b-caritas-schuldnerberatung]]</p>"
            ),
            "en": (
                "<p>Is your money not enough to live on? Then the state can help. Which benefit "
                "you receive depends on your residence status and your situation.</p>"
                "<ul><li><strong>Bürgergeld (basic income support for jobseekers):</strong> for "
                "people who are able to work, and their families, if their income is not enough. "
                "You apply at the Jobcenter Kaiserslautern. The Jobcenter also pays a reasonable "
                "rent and the heating costs.</li><li><strong>Asylum seekers’ benefits:</strong> "
                "during the asylum procedure and with a Duldung you usually receive benefits under "
                "the Asylum Seekers’ Benefits Act (AsylbLG) from the city’s social welfare "
                "office.</li><li><strong>Kindergeld (child benefit):</strong> 259 euros per child "
                "per month. You apply at the Familienkasse (family benefits office) of the "
                "Employment Agency. Whether you are entitled depends on your residence permit. "
                "Apply early: child benefit is only paid for six months "
                "back.</li><li><strong>Wohngeld (housing benefit):</strong> a rent subsidy for "
                "people on a low income who do not receive Bürgergeld. You apply at the city’s "
                "housing benefit office (Wohngeldstelle).</li></ul>"
                "<p>Report changes straight away, for example a new job or a new address. Read "
                "every decision letter (Bescheid). If a decision is wrong, you can lodge an "
                "objection (Widerspruch) within one month.</p>"
                "<p>Do you have debts or lots of payment reminders? Do not wait – the debt "
                "counselling service helps free of charge.</p>"
                "<p>[[offer:kl-b-caritas-schuldnerberatung]]</p>"
            ),
            "ar": (
                "<p>ألا يكفيك مالك للمعيشة؟ الدولة تقدّم المساعدة. ونوع المساعدة التي تحصل عليها "
                "يعتمد على وضع إقامتك وظروفك.</p>"
                "<ul><li><strong>إعانة المواطن (Bürgergeld، الضمان الأساسي للباحثين عن "
                "عمل):</strong> للأشخاص القادرين على العمل ولعائلاتهم إذا لم يكفِ دخلهم. تقدّم "
                "الطلب لدى مركز العمل في كايزرسلاوترن (Jobcenter). ويدفع مركز العمل أيضاً إيجاراً "
                "مناسباً وتكاليف التدفئة.</li><li><strong>مساعدات طالبي اللجوء:</strong> أثناء "
                "إجراءات اللجوء ومع وثيقة تعليق الترحيل (Duldung) تحصل عادةً على مساعدات بموجب "
                "قانون مساعدات طالبي اللجوء (AsylbLG) من مكتب الشؤون الاجتماعية في "
                "المدينة.</li><li><strong>إعانة الأطفال (Kindergeld):</strong> 259 يورو لكل طفل "
                "شهرياً. تقدّم الطلب لدى صندوق الأسرة (Familienkasse) التابع لوكالة العمل. ويعتمد "
                "حقك فيها على نوع تصريح إقامتك. قدّم الطلب مبكراً، لأن إعانة الأطفال لا تُدفع بأثر "
                "رجعي إلا عن ستة أشهر.</li><li><strong>إعانة السكن (Wohngeld):</strong> دعم "
                "للإيجار لأصحاب الدخل المنخفض الذين لا يحصلون على إعانة المواطن. يُقدَّم الطلب لدى "
                "مكتب إعانة السكن في المدينة (Wohngeldstelle).</li></ul>"
                "<p>أبلغ فوراً عن أي تغيير، مثل عمل جديد أو عنوان جديد. اقرأ كل قرار رسمي "
                "(Bescheid). إذا كان القرار خاطئاً، يمكنك تقديم اعتراض (Widerspruch) خلال شهر "
                "واحد.</p>"
                "<p>هل عليك ديون أو وصلتك إنذارات دفع كثيرة؟ لا تنتظر – استشارة الديون تساعدك "
                "مجاناً.</p>"
                "<p>[[offer:kl-b-caritas-schuldnerberatung]]</p>"
            ),
            "uk": (
                "<p>Вам не вистачає грошей на життя? Тоді держава може допомогти. Яку допомогу ви "
                "отримаєте, залежить від вашого статусу перебування й ситуації.</p>"
                "<ul><li><strong>Bürgergeld (базове забезпечення для шукачів роботи):</strong> для "
                "людей, які можуть працювати, та їхніх сімей, якщо доходу не вистачає. Заяву "
                "подають до Джобцентру Кайзерслаутерна. Джобцентр також оплачує прийнятну орендну "
                "плату й опалення.</li><li><strong>Допомога шукачам притулку:</strong> під час "
                "процедури надання притулку та з Duldung ви зазвичай отримуєте виплати за Законом "
                "про допомогу шукачам притулку (AsylbLG) від міського соціального "
                "відомства.</li><li><strong>Kindergeld (допомога на дітей):</strong> 259 євро на "
                "кожну дитину щомісяця. Заяву подають до сімейної каси (Familienkasse) Агентства з "
                "питань праці. Чи маєте ви право на цю допомогу, залежить від вашої посвідки на "
                "проживання. Подайте заяву якомога раніше: заднім числом допомогу виплачують лише "
                "за шість місяців.</li><li><strong>Wohngeld (допомога на житло):</strong> доплата "
                "до орендної плати для людей із невеликим доходом, які не отримують Bürgergeld. "
                "Заяву подають до міського відділу житлової допомоги (Wohngeldstelle).</li></ul>"
                "<p>Одразу повідомляйте про зміни, наприклад про нову роботу чи нову адресу. "
                "Читайте кожне рішення (Bescheid). Якщо рішення неправильне, ви можете подати "
                "заперечення (Widerspruch) протягом одного місяця.</p>"
                "<p>У вас є борги або багато нагадувань про оплату? Не зволікайте – консультація з "
                "питань боргів допоможе безкоштовно.</p>"
                "<p>[[offer:kl-b-caritas-schuldnerberatung]]</p>"
            ),
            "fa": (
                "<p>پولتان برای زندگی کافی نیست؟ دولت کمک می‌کند. اینکه چه کمکی می‌گیرید، به وضعیت "
                "اقامت و شرایط شما بستگی دارد.</p>"
                "<ul><li><strong>کمک‌هزینه شهروندی (Bürgergeld، تأمین پایه برای جویندگان "
                "کار):</strong> برای افرادی که توانایی کار دارند و خانواده‌هایشان، اگر درآمدشان "
                "کافی نباشد. درخواست آن را به جاب‌سنتر کایزرسلاترن می‌دهید. جاب‌سنتر اجاره مناسب و "
                "هزینه گرمایش را هم پرداخت می‌کند.</li><li><strong>کمک‌های پناهجویان:</strong> در "
                "دوران رسیدگی به درخواست پناهندگی و با دولدونگ (Duldung) معمولاً طبق قانون کمک به "
                "پناهجویان (AsylbLG) از اداره امور اجتماعی شهر کمک دریافت "
                "می‌کنید.</li><li><strong>کمک‌هزینه فرزند (Kindergeld):</strong> ماهانه ۲۵۹ یورو "
                "برای هر فرزند. درخواست آن را به صندوق خانواده (Familienkasse) اداره کار می‌دهید. "
                "اینکه حق دریافت آن را دارید یا نه، به اجازه اقامت شما بستگی دارد. زود درخواست "
                "بدهید: این کمک فقط تا شش ماه به عقب پرداخت می‌شود.</li><li><strong>کمک‌هزینه مسکن "
                "(Wohngeld):</strong> کمک به پرداخت اجاره برای افراد کم‌درآمدی که کمک‌هزینه "
                "شهروندی نمی‌گیرند. درخواست آن به دفتر کمک‌هزینه مسکن شهر (Wohngeldstelle) داده "
                "می‌شود.</li></ul>"
                "<p>هر تغییری را فوراً اطلاع دهید، مثلاً کار جدید یا نشانی جدید. هر نامه تصمیم "
                "اداری (Bescheid) را بخوانید. اگر تصمیمی اشتباه باشد، می‌توانید ظرف یک ماه اعتراض "
                "(Widerspruch) کنید.</p>"
                "<p>بدهی دارید یا اخطارهای پرداخت زیادی دریافت کرده‌اید؟ صبر نکنید – مشاوره بدهی "
                "به‌طور رایگان کمک می‌کند.</p>"
                "<p>[[offer:kl-b-caritas-schuldnerberatung]]</p>"
            ),
            "tr": (
                "<p>Paranız geçiminize yetmiyor mu? O zaman devlet yardım eder. Hangi yardımı "
                "alacağınız, oturum durumunuza ve koşullarınıza bağlıdır.</p>"
                "<ul><li><strong>Vatandaş parası (Bürgergeld, iş arayanlar için temel "
                "güvence):</strong> Gelirleri yetmeyen, çalışabilecek durumdaki kişiler ve "
                "aileleri için. Başvuruyu Jobcenter Kaiserslautern'e yaparsınız. Jobcenter uygun "
                "bir kirayı ve ısınma giderlerini de öder.</li><li><strong>Sığınmacı "
                "yardımları:</strong> Sığınma süreci sırasında ve Duldung ile genellikle "
                "belediyenin sosyal yardım dairesinden Sığınmacılara Yardım Yasası'na (AsylbLG) "
                "göre yardım alırsınız.</li><li><strong>Çocuk parası (Kindergeld):</strong> Çocuk "
                "başına ayda 259 euro. Başvuruyu İş Ajansının Aile Kasasına (Familienkasse) "
                "yaparsınız. Hak sahibi olup olmadığınız oturma izninize bağlıdır. Erken başvurun: "
                "Çocuk parası geriye dönük olarak yalnızca altı ay için "
                "ödenir.</li><li><strong>Kira yardımı (Wohngeld):</strong> Vatandaş parası "
                "almayan, düşük gelirli kişiler için kira desteği. Başvuru belediyenin kira "
                "yardımı bürosuna (Wohngeldstelle) yapılır.</li></ul>"
                "<p>Değişiklikleri hemen bildirin, örneğin yeni bir iş veya yeni bir adres. Her "
                "kararı (Bescheid) okuyun. Bir karar yanlışsa bir ay içinde itiraz (Widerspruch) "
                "edebilirsiniz.</p>"
                "<p>Borçlarınız veya çok sayıda ödeme ihtarınız mı var? Beklemeyin – borç "
                "danışmanlığı ücretsiz yardım eder.</p>"
                "<p>[[offer:kl-b-caritas-schuldnerberatung]]</p>"
            ),
        },
    },
    {
        "slug": "leisure",
        "parent": None,
        "title": {
            "de": "Freizeit, Vereine und Begegnung",
            "en": "Leisure, clubs and meeting people",
            "ar": "أوقات الفراغ والأندية واللقاءات",
            "uk": "Дозвілля, клуби та зустрічі",
            "fa": "اوقات فراغت، انجمن‌ها و آشنایی با مردم",
            "tr": "Boş zaman, dernekler ve tanışma",
        },
        "content": {
            "de": (
                "<p>In der Freizeit lernen Sie leicht neue Menschen kennen – und üben ganz "
                "nebenbei Deutsch.</p>"
                "<h2>Vereine und Sport</h2>"
                "<p>Viele Menschen in Deutschland sind Mitglied in einem <strong>Verein</strong>: "
                "für Sport, Musik, Tanz oder Kultur. Der Beitrag ist oft niedrig, und meist dürfen "
                "Sie erst einmal kostenlos mitmachen. Für Kinder aus Familien mit wenig Geld kann "
                "der Beitrag über das Bildungs- und Teilhabepaket bezahlt werden. Fragen Sie beim "
                "Jobcenter oder bei der Stadt.</p>"
                "<h2>Bibliothek, Parks und Natur</h2>"
                "<ul><li>In der <strong>Stadtbibliothek</strong> leihen Sie Bücher, Filme und "
                "Spiele aus, auch in anderen Sprachen und zum Deutschlernen.</li><li>Zum Spazieren "
                "und Spielen gibt es zum Beispiel den Volkspark, den Japanischen Garten und die "
                "Gartenschau.</li><li>Der Pfälzerwald beginnt direkt am Stadtrand. Dort können Sie "
                "wandern und Rad fahren.</li></ul>"
                "<h2>Menschen treffen</h2>"
                "<p>Im World Café treffen sich jede Woche Menschen aus vielen Ländern. Im "
                "Internationalen Garten gärtnern Familien gemeinsam. Jedes Jahr im Herbst lädt die "
                "Interkulturelle Woche zu vielen Festen und Veranstaltungen ein.</p>"
                "<p>[[offer:kl-b-world-cafe-vielfalter]]</p>"
                "<p>[[offer:kl-b-internationaler-garten]]</p>"
                "<h2>Ehrenamt</h2>"
                "<p>Sie möchten selbst helfen? Als Freiwillige oder Freiwilliger können Sie zum "
                "Beispiel dolmetschen, im Sprachcafé mitmachen oder Familien begleiten. Ihre "
                "Sprachen und Erfahrungen sind dabei sehr wertvoll.</p>"
                "<p>[[offer:kl-b-freiwilligen-agentur-ehrenamt-finden]]</p>"
            ),
            "en": (
                "<p>In your free time it is easy to meet new people – and you practise German "
                "along the way.</p>"
                "<h2>Clubs and sports</h2>"
                "<p>Many people in Germany are members of a <strong>club (Verein)</strong>: for "
                "sports, music, dance or culture. The fee is often low, and you can usually try it "
                "out for free first. For children from families with little money, the fee can be "
                "paid through the Education and Participation Package (Bildungs- und "
                "Teilhabepaket). Ask at the Jobcenter or the city administration.</p>"
                "<h2>Library, parks and nature</h2>"
                "<ul><li>At the <strong>city library (Stadtbibliothek)</strong> you can borrow "
                "books, films and games, also in other languages and for learning "
                "German.</li><li>For walks and play there are, for example, the Volkspark, the "
                "Japanese Garden and the Gartenschau (garden show park).</li><li>The Palatinate "
                "Forest (Pfälzerwald) starts right at the edge of town. You can go hiking and "
                "cycling there.</li></ul>"
                "<h2>Meeting people</h2>"
                "<p>Every week, people from many countries meet at the World Café. In the "
                "International Garden, families do gardening together. Every autumn, the "
                "Intercultural Week (Interkulturelle Woche) invites everyone to many festivals and "
                "events.</p>"
                "<p>[[offer:kl-b-world-cafe-vielfalter]]</p>"
                "<p>[[offer:kl-b-internationaler-garten]]</p>"
                "<h2>Volunteering</h2>"
                "<p>Would you like to help others yourself? As a volunteer you can, for example, "
                "interpret, help at the language café or accompany families. Your languages and "
                "experience are very valuable.</p>"
                "<p>[[offer:kl-b-freiwilligen-agentur-ehrenamt-finden]]</p>"
            ),
            "ar": (
                "<p>في أوقات الفراغ تتعرّف بسهولة على أشخاص جدد – وتتدرّب على الألمانية دون أن "
                "تشعر.</p>"
                "<h2>الأندية والرياضة</h2>"
                "<p>كثير من الناس في ألمانيا أعضاء في <strong>نادٍ أو جمعية (Verein)</strong>: "
                "للرياضة أو الموسيقى أو الرقص أو الثقافة. الاشتراك غالباً منخفض، ويمكنك عادةً أن "
                "تجرّب أولاً مجاناً. وللأطفال من العائلات ذات الدخل المحدود يمكن دفع الاشتراك من "
                "خلال حزمة التعليم والمشاركة (Bildungs- und Teilhabepaket). اسأل في مركز العمل أو "
                "لدى إدارة المدينة.</p>"
                "<h2>المكتبة والحدائق والطبيعة</h2>"
                "<ul><li>في <strong>مكتبة المدينة (Stadtbibliothek)</strong> تستعير الكتب والأفلام "
                "والألعاب، ومنها ما هو بلغات أخرى أو لتعلّم الألمانية.</li><li>للتنزّه واللعب توجد "
                "مثلاً حديقة الشعب (Volkspark) والحديقة اليابانية وحديقة المعرض "
                "(Gartenschau).</li><li>تبدأ غابة بفالتس (Pfälzerwald) عند أطراف المدينة مباشرة. "
                "يمكنك هناك المشي في الطبيعة وركوب الدراجة.</li></ul>"
                "<h2>لقاء الناس</h2>"
                "<p>في «وورلد كافيه» (World Café) يلتقي كل أسبوع أشخاص من بلدان كثيرة. وفي الحديقة "
                "الدولية تزرع العائلات معاً. وفي كل خريف يدعو «الأسبوع بين الثقافات» "
                "(Interkulturelle Woche) إلى احتفالات وفعاليات كثيرة.</p>"
                "<p>[[offer:kl-b-world-cafe-vielfalter]]</p>"
                "<p>[[offer:kl-b-internationaler-garten]]</p>"
                "<h2>العمل التطوعي</h2>"
                "<p>هل تريد أن تساعد الآخرين بنفسك؟ كمتطوع أو متطوعة يمكنك مثلاً أن تترجم شفهياً، "
                "أو تشارك في مقهى اللغة، أو ترافق العائلات. لغاتك وخبراتك قيّمة جداً.</p>"
                "<p>[[offer:kl-b-freiwilligen-agentur-ehrenamt-finden]]</p>"
            ),
            "uk": (
                "<p>У вільний час легко знайомитися з новими людьми – і водночас практикувати "
                "німецьку.</p>"
                "<h2>Клуби та спорт</h2>"
                "<p>Багато людей у Німеччині є членами <strong>товариства чи клубу "
                "(Verein)</strong>: спортивного, музичного, танцювального чи культурного. Внесок "
                "часто невеликий, і зазвичай спершу можна безкоштовно спробувати. Для дітей із "
                "сімей з невеликим доходом внесок можуть оплатити через Пакет освіти й участі "
                "(Bildungs- und Teilhabepaket). Запитайте в Джобцентрі або в міській "
                "адміністрації.</p>"
                "<h2>Бібліотека, парки й природа</h2>"
                "<ul><li>У <strong>міській бібліотеці (Stadtbibliothek)</strong> можна брати "
                "книжки, фільми й ігри, також іншими мовами й для вивчення німецької.</li><li>Для "
                "прогулянок та ігор є, наприклад, Фолькспарк (Volkspark), Японський сад і парк "
                "Гартеншау (Gartenschau).</li><li>Пфальцський ліс (Pfälzerwald) починається просто "
                "на околиці міста. Там можна ходити в походи й кататися на велосипеді.</li></ul>"
                "<h2>Зустрічі з людьми</h2>"
                "<p>У World Café щотижня зустрічаються люди з багатьох країн. У Міжнародному саду "
                "родини разом доглядають грядки. Щоосені Міжкультурний тиждень (Interkulturelle "
                "Woche) запрошує на численні свята й заходи.</p>"
                "<p>[[offer:kl-b-world-cafe-vielfalter]]</p>"
                "<p>[[offer:kl-b-internationaler-garten]]</p>"
                "<h2>Волонтерство</h2>"
                "<p>Хочете й самі допомагати? Як волонтерка чи волонтер ви можете, наприклад, усно "
                "перекладати, допомагати в мовному кафе або супроводжувати родини. Ваші мови й "
                "досвід дуже цінні.</p>"
                "<p>[[offer:kl-b-freiwilligen-agentur-ehrenamt-finden]]</p>"
            ),
            "fa": (
                "<p>در اوقات فراغت به‌راحتی با آدم‌های تازه آشنا می‌شوید – و در کنارش آلمانی هم "
                "تمرین می‌کنید.</p>"
                "<h2>انجمن‌ها و ورزش</h2>"
                "<p>بسیاری از مردم در آلمان عضو یک <strong>انجمن یا باشگاه (Verein)</strong> "
                "هستند: برای ورزش، موسیقی، رقص یا فرهنگ. حق عضویت اغلب کم است و معمولاً می‌توانید "
                "اول به‌طور رایگان امتحان کنید. برای کودکان خانواده‌های کم‌درآمد، حق عضویت را "
                "می‌توان از طریق بسته آموزش و مشارکت (Bildungs- und Teilhabepaket) پرداخت کرد. از "
                "جاب‌سنتر یا اداره شهر بپرسید.</p>"
                "<h2>کتابخانه، پارک‌ها و طبیعت</h2>"
                "<ul><li>در <strong>کتابخانه شهر (Stadtbibliothek)</strong> می‌توانید کتاب، فیلم و "
                "بازی امانت بگیرید، از جمله به زبان‌های دیگر و برای یادگیری آلمانی.</li><li>برای "
                "پیاده‌روی و بازی، برای مثال فولکس‌پارک (Volkspark)، باغ ژاپنی و پارک گارتن‌شاو "
                "(Gartenschau) هست.</li><li>جنگل پفالتس (Pfälzerwald) درست از حاشیه شهر شروع "
                "می‌شود. آنجا می‌توانید پیاده‌روی در طبیعت و دوچرخه‌سواری کنید.</li></ul>"
                "<h2>آشنایی با مردم</h2>"
                "<p>در «کافه جهانی» (World Café) هر هفته مردمی از کشورهای مختلف دور هم جمع "
                "می‌شوند. در باغ بین‌المللی خانواده‌ها با هم باغبانی می‌کنند. هر سال در پاییز "
                "«هفته میان‌فرهنگی» (Interkulturelle Woche) همه را به جشن‌ها و برنامه‌های فراوان "
                "دعوت می‌کند.</p>"
                "<p>[[offer:kl-b-world-cafe-vielfalter]]</p>"
                "<p>[[offer:kl-b-internationaler-garten]]</p>"
                "<h2>کار داوطلبانه</h2>"
                "<p>می‌خواهید خودتان هم کمک کنید؟ به‌عنوان داوطلب می‌توانید مثلاً ترجمه شفاهی "
                "کنید، در کافه زبان همکاری کنید یا خانواده‌ها را همراهی کنید. زبان‌ها و تجربه‌های "
                "شما بسیار ارزشمند است.</p>"
                "<p>[[offer:kl-b-freiwilligen-agentur-ehrenamt-finden]]</p>"
            ),
            "tr": (
                "<p>Boş zamanlarınızda kolayca yeni insanlarla tanışırsınız – ve bu arada Almanca "
                "pratiği de yaparsınız.</p>"
                "<h2>Dernekler ve spor</h2>"
                "<p>Almanya'da birçok insan bir <strong>derneğe veya kulübe (Verein)</strong> "
                "üyedir: spor, müzik, dans veya kültür için. Aidat çoğu zaman düşüktür ve "
                "genellikle önce ücretsiz deneyebilirsiniz. Düşük gelirli ailelerin çocukları için "
                "aidat, Eğitim ve Katılım Paketi (Bildungs- und Teilhabepaket) üzerinden "
                "ödenebilir. Jobcenter'a veya belediyeye sorun.</p>"
                "<h2>Kütüphane, parklar ve doğa</h2>"
                "<ul><li><strong>Şehir kütüphanesinden (Stadtbibliothek)</strong> kitap, film ve "
                "oyun ödünç alabilirsiniz; başka dillerde olanlar ve Almanca öğrenmek için olanlar "
                "da var.</li><li>Yürüyüş ve oyun için örneğin Volkspark, Japon Bahçesi ve "
                "Gartenschau parkı vardır.</li><li>Pfalz Ormanı (Pfälzerwald) şehrin hemen "
                "kenarında başlar. Orada doğa yürüyüşü yapabilir ve bisiklete "
                "binebilirsiniz.</li></ul>"
                "<h2>İnsanlarla tanışmak</h2>"
                "<p>World Café'de her hafta birçok ülkeden insanlar bir araya gelir. Uluslararası "
                "Bahçe'de aileler birlikte bahçe işleri yapar. Her sonbaharda Kültürlerarası Hafta "
                "(Interkulturelle Woche) herkesi birçok şenliğe ve etkinliğe davet eder.</p>"
                "<p>[[offer:kl-b-world-cafe-vielfalter]]</p>"
                "<p>[[offer:kl-b-internationaler-garten]]</p>"
                "<h2>Gönüllülük</h2>"
                "<p>Siz de yardım etmek mi istiyorsunuz? Gönüllü olarak örneğin tercümanlık "
                "yapabilir, dil kafesinde yardım edebilir veya ailelere eşlik edebilirsiniz. "
                "Bildiğiniz diller ve deneyimleriniz çok değerlidir.</p>"
                "<p>[[offer:kl-b-freiwilligen-agentur-ehrenamt-finden]]</p>"
            ),
        },
    },
    {
        "slug": "us-community",
        "parent": None,
        "title": {
            "de": "Für die US-Community",
            "en": "For the US community",
            "ar": "للجالية الأمريكية",
            "uk": "Для американської спільноти",
            "fa": "برای جامعه آمریکایی",
            "tr": "ABD topluluğu için",
        },
        "content": {
            "de": (
                "<p>In Kaiserslautern und im Landkreis leben mehr als 50.000 Amerikanerinnen und "
                "Amerikaner. Sie gehören zur <strong>Kaiserslautern Military Community "
                "(KMC)</strong> rund um die Ramstein Air Base. Herzlich willkommen in der "
                "Pfalz!</p>"
                "<h2>Das Deutsch-Amerikanische Bürgerbüro</h2>"
                "<p>Seit 2003 hat die Stadt ein eigenes Bürgerbüro für die US-Community. Das Team "
                "spricht Englisch und Deutsch. Es hilft bei Fragen zum Alltag: Mietvertrag, "
                "Mülltrennung, Ruhezeiten, Behörden und Nachbarschaft. Und es bringt Sie mit "
                "Vereinen, Schulen und Ämtern in Kontakt.</p>"
                "<h2>Deutsch lernen</h2>"
                "<p>Schon ein paar Sätze Deutsch öffnen viele Türen – beim Bäcker, in der "
                "Arztpraxis und bei den Nachbarn. Das Bürgerbüro bietet zusammen mit der "
                "Volkshochschule Kurse für US-Familien an.</p>"
                "<p>[[offer:kl-buergerbuero-deutsch-us-familien]]</p>"
                "<h2>Arbeiten bei einem deutschen Arbeitgeber</h2>"
                "<p>Viele Familienangehörige möchten in Kaiserslautern arbeiten. Was Sie dürfen "
                "und was Sie beachten müssen, hängt von Ihrem Status nach dem NATO-Truppenstatut "
                "(SOFA) ab. Eine Stelle bei einer deutschen Firma kann Folgen für Steuern und "
                "Versicherung haben. Informieren Sie sich vorher, zum Beispiel beim Infoabend des "
                "Bürgerbüros und beim Legal Office Ihres Standorts.</p>"
                "<p>[[offer:kl-buergerbuero-arbeiten-us-angehoerige]]</p>"
                "<h2>Nachbarn treffen</h2>"
                "<p>Beim Deutsch-Amerikanischen Stammtisch treffen Sie Menschen aus Kaiserslautern "
                "– und sprechen Deutsch oder Englisch, ganz wie Sie möchten. Auch Weinfeste, "
                "Weihnachtsmärkte und Sportvereine sind gute Orte für erste Kontakte.</p>"
                "<p>[[offer:kl-b-deutsch-amerikanischer-stammtisch]]</p>"
            ),
            "en": (
                "<p>More than 50,000 Americans live in Kaiserslautern and the surrounding "
                "district. They are part of the <strong>Kaiserslautern Military Community "
                "(KMC)</strong> around Ramstein Air Base. Welcome to the Palatinate!</p>"
                "<h2>The German-American Citizens’ Office</h2>"
                "<p>Since 2003 the city has had its own citizens’ office for the US community. The "
                "team speaks English and German. It helps with everyday questions: tenancy "
                "agreements, waste separation, quiet hours, public offices and neighbours. And it "
                "puts you in touch with clubs, schools and authorities.</p>"
                "<h2>Learning German</h2>"
                "<p>Even a few sentences of German open many doors – at the bakery, at the "
                "doctor’s and with your neighbours. Together with the adult education centre "
                "(Volkshochschule), the citizens’ office offers courses for US families.</p>"
                "<p>[[offer:kl-buergerbuero-deutsch-us-familien]]</p>"
                "<h2>Working for a German employer</h2>"
                "<p>Many family members would like to work in Kaiserslautern. What you may do and "
                "what you need to consider depends on your status under the NATO Status of Forces "
                "Agreement (SOFA). A job with a German company can affect your taxes and "
                "insurance. Find out beforehand, for example at the citizens’ office’s information "
                "evening and at the Legal Office of your installation.</p>"
                "<p>[[offer:kl-buergerbuero-arbeiten-us-angehoerige]]</p>"
                "<h2>Meeting your neighbours</h2>"
                "<p>At the German-American Stammtisch you meet people from Kaiserslautern – and "
                "speak German or English, whichever you prefer. Wine festivals, Christmas markets "
                "and sports clubs are also good places to make first contacts.</p>"
                "<p>[[offer:kl-b-deutsch-amerikanischer-stammtisch]]</p>"
            ),
            "ar": (
                "<p>يعيش في كايزرسلاوترن والمنطقة المحيطة بها أكثر من 50 ألف أمريكي وأمريكية. وهم "
                "جزء من <strong>المجتمع العسكري في كايزرسلاوترن (Kaiserslautern Military "
                "Community, KMC)</strong> حول قاعدة رامشتاين الجوية. أهلاً وسهلاً بكم في منطقة "
                "بفالتس!</p>"
                "<h2>المكتب الألماني الأمريكي لخدمة المواطنين</h2>"
                "<p>منذ عام 2003 لدى المدينة مكتب خاص لخدمة الجالية الأمريكية. يتحدث فريق المكتب "
                "الإنجليزية والألمانية، ويساعد في أسئلة الحياة اليومية: عقد الإيجار، وفرز "
                "النفايات، وأوقات الراحة، والدوائر الرسمية، والعلاقة مع الجيران. كما يساعدك على "
                "التواصل مع الأندية والمدارس والدوائر الحكومية.</p>"
                "<h2>تعلّم اللغة الألمانية</h2>"
                "<p>حتى بضع جمل بالألمانية تفتح لك أبواباً كثيرة – عند الخبّاز، وفي عيادة الطبيب، "
                "ومع الجيران. ويقدّم المكتب بالتعاون مع الجامعة الشعبية (Volkshochschule) دورات "
                "للعائلات الأمريكية.</p>"
                "<p>[[offer:kl-buergerbuero-deutsch-us-familien]]</p>"
                "<h2>العمل لدى صاحب عمل ألماني</h2>"
                "<p>كثير من أفراد العائلات يرغبون في العمل في كايزرسلاوترن. ما يُسمح لك به وما يجب "
                "أن تنتبه إليه يعتمد على وضعك وفق اتفاقية وضع قوات حلف الناتو (SOFA). وقد يؤثّر "
                "العمل لدى شركة ألمانية على الضرائب والتأمين. استعلم مسبقاً، مثلاً في الأمسية "
                "الإعلامية للمكتب ولدى المكتب القانوني (Legal Office) في قاعدتك.</p>"
                "<p>[[offer:kl-buergerbuero-arbeiten-us-angehoerige]]</p>"
                "<h2>التعرّف على الجيران</h2>"
                "<p>في اللقاء الألماني الأمريكي الدوري (Stammtisch) تلتقي بأشخاص من كايزرسلاوترن، "
                "وتتحدث بالألمانية أو الإنجليزية كما تحب. كما أن مهرجانات النبيذ وأسواق عيد "
                "الميلاد والأندية الرياضية أماكن جيدة للتعارف الأول.</p>"
                "<p>[[offer:kl-b-deutsch-amerikanischer-stammtisch]]</p>"
            ),
            "uk": (
                "<p>У Кайзерслаутерні та навколишньому районі живе понад 50 000 американок і "
                "американців. Вони належать до <strong>Kaiserslautern Military Community "
                "(KMC)</strong> – військової спільноти навколо авіабази Рамштайн. Ласкаво просимо "
                "до Пфальцу!</p>"
                "<h2>Німецько-американське бюро для громадян</h2>"
                "<p>З 2003 року місто має окреме бюро для громадян з американської спільноти. "
                "Команда бюро говорить англійською та німецькою. Вона допомагає з повсякденними "
                "питаннями: договір оренди, сортування сміття, години тиші, установи й сусіди. А "
                "ще допомагає налагодити контакт із клубами, школами та установами.</p>"
                "<h2>Вивчення німецької</h2>"
                "<p>Навіть кілька речень німецькою відчиняють багато дверей – у пекарні, у лікаря "
                "й у спілкуванні із сусідами. Разом із Volkshochschule (народним університетом) "
                "бюро пропонує курси для американських родин.</p>"
                "<p>[[offer:kl-buergerbuero-deutsch-us-familien]]</p>"
                "<h2>Робота в німецького роботодавця</h2>"
                "<p>Багато членів родин хочуть працювати в Кайзерслаутерні. Що вам дозволено і на "
                "що треба зважати, залежить від вашого статусу за Угодою про статус сил НАТО "
                "(SOFA). Робота в німецькій фірмі може вплинути на податки й страхування. "
                "Дізнайтеся все заздалегідь, наприклад на інформаційному вечорі бюро та в "
                "юридичному відділі (Legal Office) вашої бази.</p>"
                "<p>[[offer:kl-buergerbuero-arbeiten-us-angehoerige]]</p>"
                "<h2>Знайомство із сусідами</h2>"
                "<p>На Німецько-американському штамтиші (Stammtisch) ви зустрінете людей із "
                "Кайзерслаутерна – і говоритимете німецькою або англійською, як вам зручніше. "
                "Винні фестивалі, різдвяні ярмарки й спортивні клуби теж добре підходять для "
                "перших знайомств.</p>"
                "<p>[[offer:kl-b-deutsch-amerikanischer-stammtisch]]</p>"
            ),
            "fa": (
                "<p>در کایزرسلاترن و منطقه اطراف آن بیش از ۵۰ هزار آمریکایی زندگی می‌کنند. آن‌ها "
                "بخشی از <strong>جامعه نظامی کایزرسلاترن (Kaiserslautern Military Community، "
                "KMC)</strong> در اطراف پایگاه هوایی رامشتاین هستند. به منطقه پفالتس خوش آمدید!</p>"
                "<h2>دفتر شهروندی آلمانی-آمریکایی</h2>"
                "<p>شهر از سال ۲۰۰۳ یک دفتر شهروندی ویژه برای جامعه آمریکایی دارد. کارکنان این "
                "دفتر انگلیسی و آلمانی صحبت می‌کنند. آن‌ها در پرسش‌های زندگی روزمره کمک می‌کنند: "
                "قرارداد اجاره، تفکیک زباله، ساعات سکوت، ادارات و همسایه‌ها. همچنین شما را با "
                "انجمن‌ها، مدرسه‌ها و ادارات در ارتباط می‌گذارند.</p>"
                "<h2>یادگیری زبان آلمانی</h2>"
                "<p>حتی چند جمله آلمانی درهای زیادی را باز می‌کند – در نانوایی، در مطب پزشک و با "
                "همسایه‌ها. این دفتر همراه با آموزشگاه عالی مردمی (Volkshochschule) برای "
                "خانواده‌های آمریکایی دوره برگزار می‌کند.</p>"
                "<p>[[offer:kl-buergerbuero-deutsch-us-familien]]</p>"
                "<h2>کار برای یک کارفرمای آلمانی</h2>"
                "<p>بسیاری از اعضای خانواده‌ها می‌خواهند در کایزرسلاترن کار کنند. اینکه چه کاری "
                "مجاز است و به چه نکاتی باید توجه کنید، به وضعیت شما طبق موافقت‌نامه وضعیت نیروهای "
                "ناتو (SOFA) بستگی دارد. کار در یک شرکت آلمانی ممکن است بر مالیات و بیمه شما اثر "
                "بگذارد. پیش از آن اطلاعات بگیرید، مثلاً در جلسه اطلاع‌رسانی دفتر شهروندی و در "
                "دفتر حقوقی (Legal Office) پایگاه خود.</p>"
                "<p>[[offer:kl-buergerbuero-arbeiten-us-angehoerige]]</p>"
                "<h2>آشنایی با همسایه‌ها</h2>"
                "<p>در دورهمی آلمانی-آمریکایی (Stammtisch) با مردم کایزرسلاترن آشنا می‌شوید – به "
                "آلمانی یا انگلیسی، هر طور که دوست دارید. جشنواره‌های شراب، بازارهای کریسمس و "
                "باشگاه‌های ورزشی هم جاهای خوبی برای اولین آشنایی‌ها هستند.</p>"
                "<p>[[offer:kl-b-deutsch-amerikanischer-stammtisch]]</p>"
            ),
            "tr": (
                "<p>Kaiserslautern şehrinde ve çevresindeki ilçede 50.000'den fazla Amerikalı "
                "yaşıyor. Bu kişiler, Ramstein Hava Üssü çevresindeki <strong>Kaiserslautern "
                "Military Community (KMC)</strong> topluluğunun bir parçasıdır. Pfalz'a hoş "
                "geldiniz!</p>"
                "<h2>Alman-Amerikan Vatandaş Bürosu</h2>"
                "<p>Şehrin 2003'ten beri ABD topluluğu için ayrı bir vatandaş bürosu var. Ekip "
                "İngilizce ve Almanca konuşur. Günlük hayatla ilgili sorularda yardımcı olur: kira "
                "sözleşmesi, çöp ayrıştırma, sessizlik saatleri, resmî daireler ve komşuluk. "
                "Ayrıca sizi dernekler, okullar ve kurumlarla buluşturur.</p>"
                "<h2>Almanca öğrenmek</h2>"
                "<p>Birkaç Almanca cümle bile birçok kapıyı açar – fırında, doktorda ve "
                "komşularla. Büro, Halk Eğitim Merkezi (Volkshochschule) ile birlikte ABD'li "
                "aileler için kurslar düzenler.</p>"
                "<p>[[offer:kl-buergerbuero-deutsch-us-familien]]</p>"
                "<h2>Alman bir işverenin yanında çalışmak</h2>"
                "<p>Birçok aile üyesi Kaiserslautern'de çalışmak istiyor. Neye izniniz olduğu ve "
                "nelere dikkat etmeniz gerektiği, NATO Kuvvetlerinin Statüsüne İlişkin Anlaşma'ya "
                "(SOFA) göre statünüze bağlıdır. Bir Alman firmasında çalışmak vergilerinizi ve "
                "sigortanızı etkileyebilir. Önceden bilgi alın, örneğin büronun bilgilendirme "
                "akşamında ve üssünüzdeki hukuk bürosunda (Legal Office).</p>"
                "<p>[[offer:kl-buergerbuero-arbeiten-us-angehoerige]]</p>"
                "<h2>Komşularla tanışmak</h2>"
                "<p>Alman-Amerikan Stammtisch buluşmasında Kaiserslautern'den insanlarla "
                "tanışırsınız – ister Almanca ister İngilizce konuşun. Şarap festivalleri, Noel "
                "pazarları ve spor kulüpleri de ilk tanışmalar için iyi yerlerdir.</p>"
                "<p>[[offer:kl-b-deutsch-amerikanischer-stammtisch]]</p>"
            ),
        },
    },
]

NEWS: list[dict] = [
    {
        "key": "integration-courses-new-start",
        "days_ago": 3,
        "title": {
            "de": "Neue Integrationskurse starten",
            "en": "New integration courses starting",
            "ar": "بدء دورات اندماج جديدة",
            "uk": "Стартують нові інтеграційні курси",
            "fa": "دوره‌های جدید ادغام آغاز می‌شود",
            "tr": "Yeni uyum kursları başlıyor",
        },
        "text": {
            "de": (
                "Die Volkshochschule startet im nächsten Monat neue Integrationskurse in Vollzeit "
                "und Teilzeit. Den Einstufungstest können Sie jeden Dienstag um 9 Uhr ohne Termin "
                "machen. Bringen Sie Ihren Berechtigungsschein mit."
            ),
            "en": (
                "The adult education centre (Volkshochschule) will start new full-time and "
                "part-time integration courses next month. You can take the placement test every "
                "Tuesday at 9 am without an appointment. Please bring your certificate of "
                "eligibility (Berechtigungsschein)."
            ),
            "ar": (
                "تبدأ الجامعة الشعبية (Volkshochschule) في الشهر القادم دورات اندماج جديدة بدوام "
                "كامل وبدوام جزئي. يمكنك إجراء اختبار تحديد المستوى كل يوم ثلاثاء الساعة 9 صباحاً "
                "دون موعد. أحضر معك شهادة الأحقية (Berechtigungsschein)."
            ),
            "uk": (
                "Наступного місяця Volkshochschule починає нові інтеграційні курси з повним і "
                "неповним навантаженням. Тест на визначення рівня можна скласти щовівторка о 9:00 "
                "без запису. Візьміть із собою дозвіл на участь (Berechtigungsschein)."
            ),
            "fa": (
                "آموزشگاه عالی مردمی (Volkshochschule) ماه آینده دوره‌های جدید ادغام "
                "(Integrationskurs) را به‌صورت تمام‌وقت و پاره‌وقت آغاز می‌کند. آزمون تعیین سطح را "
                "می‌توانید هر سه‌شنبه ساعت ۹ صبح بدون وقت قبلی بدهید. مجوز شرکت در دوره "
                "(Berechtigungsschein) را همراه داشته باشید."
            ),
            "tr": (
                "Halk Eğitim Merkezi (Volkshochschule) gelecek ay tam gün ve yarım gün yeni uyum "
                "kursları başlatıyor. Seviye tespit sınavına her salı saat 9'da randevusuz "
                "girebilirsiniz. Katılım belgenizi (Berechtigungsschein) yanınızda getirin."
            ),
        },
    },
    {
        "key": "winter-emergency-shelter-open",
        "days_ago": 6,
        "title": {
            "de": "Winter-Notunterkunft ist geöffnet",
            "en": "Winter emergency shelter is open",
            "ar": "مأوى الطوارئ الشتوي مفتوح",
            "uk": "Зимовий притулок відкрито",
            "fa": "پناهگاه اضطراری زمستانی باز است",
            "tr": "Kış acil barınağı açıldı",
        },
        "text": {
            "de": (
                "Wer keine Wohnung hat, findet in der Notunterkunft der Stadt einen warmen "
                "Schlafplatz – ab sofort jede Nacht, kostenlos und ohne Anmeldung. Tagsüber hilft "
                "die Fachstelle Wohnungsnotfälle im Rathaus Nord. Sehen Sie einen Menschen, der in "
                "der Kälte in Gefahr ist, rufen Sie 112."
            ),
            "en": (
                "If you have no home, you can find a warm place to sleep in the city’s emergency "
                "shelter – from now on every night, free of charge and without registration. "
                "During the day, the Housing Emergencies Office (Fachstelle Wohnungsnotfälle) in "
                "Rathaus Nord can help. If you see someone in danger in the cold, call 112."
            ),
            "ar": (
                "من ليس له مسكن يجد مكاناً دافئاً للنوم في مأوى الطوارئ التابع للمدينة – ابتداءً "
                "من الآن كل ليلة، مجاناً ودون تسجيل. وفي النهار يساعد مكتب حالات الطوارئ السكنية "
                "(Fachstelle Wohnungsnotfälle) في مبنى Rathaus Nord. إذا رأيت شخصاً في خطر بسبب "
                "البرد فاتصل بالرقم 112."
            ),
            "uk": (
                "Якщо у вас немає житла, ви можете переночувати в теплі в міському притулку – "
                "відтепер щоночі, безкоштовно й без реєстрації. Удень допомагає служба з питань "
                "житлових криз (Fachstelle Wohnungsnotfälle) у Rathaus Nord. Якщо ви бачите "
                "людину, якій через холод загрожує небезпека, телефонуйте 112."
            ),
            "fa": (
                "کسی که خانه ندارد، می‌تواند در پناهگاه اضطراری شهر جای گرمی برای خواب پیدا کند – "
                "از حالا هر شب، رایگان و بدون ثبت‌نام. در طول روز، دفتر موارد اضطراری مسکن "
                "(Fachstelle Wohnungsnotfälle) در ساختمان Rathaus Nord کمک می‌کند. اگر کسی را "
                "دیدید که در سرما در خطر است، با 112 تماس بگیرید."
            ),
            "tr": (
                "Evi olmayan herkes, belediyenin acil barınağında sıcak bir yatacak yer bulabilir "
                "– artık her gece, ücretsiz ve kayıt olmadan. Gündüzleri Rathaus Nord'daki Konut "
                "Acil Durumları Birimi (Fachstelle Wohnungsnotfälle) yardımcı olur. Soğukta "
                "tehlikede olan birini görürseniz 112'yi arayın."
            ),
        },
    },
    {
        "key": "auslaenderbehoerde-new-opening-hours",
        "days_ago": 11,
        "title": {
            "de": "Ausländerbehörde: neue Öffnungszeiten",
            "en": "Foreigners’ office: new opening hours",
            "ar": "دائرة الأجانب: مواعيد عمل جديدة",
            "uk": "Відомство у справах іноземців: новий графік роботи",
            "fa": "اداره اتباع خارجی: ساعات کاری جدید",
            "tr": "Yabancılar Dairesi: yeni çalışma saatleri",
        },
        "text": {
            "de": (
                "Das Referat Migration und Fachkräfteeinwanderung (Ausländerbehörde) hat neue "
                "Öffnungszeiten: Montag, Dienstag und Donnerstag 8 bis 12 Uhr, Donnerstag "
                "zusätzlich 14 bis 17 Uhr. Bitte buchen Sie vorher online einen Termin. Ohne "
                "Termin werden nur dringende Fälle bearbeitet."
            ),
            "en": (
                "The Department for Migration and Skilled Immigration (Ausländerbehörde) has new "
                "opening hours: Monday, Tuesday and Thursday 8 am to 12 noon, and on Thursday also "
                "2 pm to 5 pm. Please book an appointment online beforehand. Without an "
                "appointment, only urgent cases are dealt with."
            ),
            "ar": (
                "لدى قسم الهجرة واستقدام العمالة الماهرة (دائرة الأجانب، Ausländerbehörde) مواعيد "
                "عمل جديدة: الاثنين والثلاثاء والخميس من الساعة 8 حتى 12 ظهراً، ويوم الخميس أيضاً "
                "من 14 حتى 17. يرجى حجز موعد عبر الإنترنت مسبقاً. دون موعد لا تُعالَج إلا الحالات "
                "العاجلة."
            ),
            "uk": (
                "Відділ міграції та імміграції фахівців (Ausländerbehörde) має новий графік "
                "роботи: понеділок, вівторок і четвер з 8:00 до 12:00, у четвер також з 14:00 до "
                "17:00. Будь ласка, заздалегідь запишіться онлайн. Без запису приймають лише в "
                "термінових випадках."
            ),
            "fa": (
                "بخش مهاجرت و جذب نیروی متخصص (اداره اتباع خارجی، Ausländerbehörde) ساعات کاری "
                "جدیدی دارد: دوشنبه، سه‌شنبه و پنجشنبه از ساعت ۸ تا ۱۲، و پنجشنبه‌ها همچنین از ۱۴ "
                "تا ۱۷. لطفاً از قبل به‌صورت آنلاین وقت بگیرید. بدون وقت قبلی فقط به موارد فوری "
                "رسیدگی می‌شود."
            ),
            "tr": (
                "Göç ve Nitelikli İşgücü Göçü Birimi (Yabancılar Dairesi, Ausländerbehörde) yeni "
                "çalışma saatleriyle hizmet veriyor: pazartesi, salı ve perşembe 8.00–12.00, "
                "perşembe ayrıca 14.00–17.00. Lütfen önceden internetten randevu alın. Randevusuz "
                "gelenlerde yalnızca acil durumlara bakılır."
            ),
        },
    },
    {
        "key": "language-cafe-betzenberg",
        "days_ago": 17,
        "title": {
            "de": "Neues Sprachcafé auf dem Betzenberg",
            "en": "New language café on the Betzenberg",
            "ar": "مقهى لغة جديد في بيتسنبرغ",
            "uk": "Нове мовне кафе на Бетценберзі",
            "fa": "کافه زبان جدید در بتسنبرگ",
            "tr": "Betzenberg'de yeni dil kafesi",
        },
        "text": {
            "de": (
                "Ab sofort gibt es jeden Montag von 16 bis 18 Uhr ein Sprachcafé im Quartiersbüro "
                "Betzenberg. Bei Kaffee und Tee üben Sie Deutsch im Gespräch mit Ehrenamtlichen. "
                "Alle sind willkommen, eine Anmeldung ist nicht nötig."
            ),
            "en": (
                "From now on there is a language café at the Quartiersbüro (neighbourhood office) "
                "Betzenberg every Monday from 4 to 6 pm. Over coffee and tea you practise speaking "
                "German with volunteers. Everyone is welcome, no registration needed."
            ),
            "ar": (
                "ابتداءً من الآن يُقام كل يوم اثنين من الساعة 16 حتى 18 مقهى للغة في مكتب حي "
                "بيتسنبرغ (Quartiersbüro Betzenberg). مع القهوة والشاي تتدرّب على الألمانية في "
                "الحديث مع متطوعين. الجميع مرحَّب بهم، ولا حاجة إلى التسجيل."
            ),
            "uk": (
                "Відтепер щопонеділка з 16:00 до 18:00 у квартальному бюро Бетценберг "
                "(Quartiersbüro Betzenberg) працює мовне кафе. За кавою й чаєм ви практикуєте "
                "німецьку в розмові з волонтерами. Запрошуємо всіх, реєстрація не потрібна."
            ),
            "fa": (
                "از این پس هر دوشنبه از ساعت ۱۶ تا ۱۸ یک کافه زبان در دفتر محله بتسنبرگ "
                "(Quartiersbüro Betzenberg) برگزار می‌شود. با چای و قهوه، آلمانی را در گفت‌وگو با "
                "داوطلبان تمرین می‌کنید. همه می‌توانند بیایند و ثبت‌نام لازم نیست."
            ),
            "tr": (
                "Artık her pazartesi 16.00–18.00 saatleri arasında Betzenberg Mahalle Bürosu'nda "
                "(Quartiersbüro Betzenberg) bir dil kafesi var. Çay ve kahve eşliğinde "
                "gönüllülerle sohbet ederek Almanca pratiği yaparsınız. Herkes davetlidir, kayıt "
                "gerekmez."
            ),
        },
    },
    {
        "key": "guide-now-in-persian",
        "days_ago": 24,
        "title": {
            "de": "Der Willkommensratgeber jetzt auch auf Persisch",
            "en": "The welcome guide is now also in Persian",
            "ar": "دليل الترحيب متوفر الآن بالفارسية أيضاً",
            "uk": "Путівник для новоприбулих тепер і перською",
            "fa": "راهنمای خوشامدگویی اکنون به فارسی هم هست",
            "tr": "Hoş geldiniz rehberi artık Farsça da var",
        },
        "text": {
            "de": (
                "Alle Seiten dieses Ratgebers gibt es jetzt auch auf Persisch (Farsi). Damit "
                "können Sie ihn in sechs Sprachen lesen. Vielen Dank an die Ehrenamtlichen, die "
                "bei der Übersetzung geholfen haben."
            ),
            "en": (
                "All pages of this guide are now also available in Persian (Farsi). This means you "
                "can read it in six languages. Many thanks to the volunteers who helped with the "
                "translation."
            ),
            "ar": (
                "جميع صفحات هذا الدليل متوفرة الآن بالفارسية أيضاً. وبذلك يمكنك قراءته بست لغات. "
                "شكراً جزيلاً للمتطوعين الذين ساعدوا في الترجمة."
            ),
            "uk": (
                "Усі сторінки цього путівника тепер доступні й перською мовою (фарсі). Отже, ви "
                "можете читати його шістьма мовами. Щиро дякуємо волонтерам, які допомогли з "
                "перекладом."
            ),
            "fa": (
                "همه صفحات این راهنما اکنون به زبان فارسی هم در دسترس است. به این ترتیب می‌توانید "
                "آن را به شش زبان بخوانید. از داوطلبانی که در ترجمه کمک کردند صمیمانه سپاسگزاریم."
            ),
            "tr": (
                "Bu rehberin tüm sayfaları artık Farsça olarak da okunabiliyor. Böylece rehberi "
                "altı dilde okuyabilirsiniz. Çeviriye yardım eden gönüllülere çok teşekkür ederiz."
            ),
        },
    },
    {
        "key": "interkulturelle-woche-programme",
        "days_ago": 52,
        "title": {
            "de": "Das Programm der Interkulturellen Woche ist da",
            "en": "The Intercultural Week programme is out",
            "ar": "صدور برنامج الأسبوع بين الثقافات",
            "uk": "Опубліковано програму Міжкультурного тижня",
            "fa": "برنامه هفته میان‌فرهنگی منتشر شد",
            "tr": "Kültürlerarası Hafta'nın programı açıklandı",
        },
        "text": {
            "de": (
                "Das Programm der Interkulturellen Woche ist jetzt online und liegt im Rathaus "
                "aus. Zum Auftakt gibt es den Markt der Begegnung am Rathaus mit rund 20 Ständen. "
                "Die meisten Veranstaltungen sind kostenlos."
            ),
            "en": (
                "The programme of the Intercultural Week (Interkulturelle Woche) is now online and "
                "available at the Rathaus (city hall). It opens with the Markt der Begegnung "
                "(meeting market) at the Rathaus with around 20 stands. Most events are free of "
                "charge."
            ),
            "ar": (
                "برنامج الأسبوع بين الثقافات (Interkulturelle Woche) متاح الآن على الإنترنت وفي "
                "مبنى البلدية (Rathaus). ويبدأ الأسبوع بـ«سوق اللقاء» (Markt der Begegnung) عند "
                "مبنى البلدية مع نحو 20 جناحاً. معظم الفعاليات مجانية."
            ),
            "uk": (
                "Програма Міжкультурного тижня (Interkulturelle Woche) вже є онлайн і в ратуші "
                "(Rathaus). Тиждень відкриється «Ярмарком зустрічей» (Markt der Begegnung) біля "
                "ратуші, де буде близько 20 стендів. Більшість заходів безкоштовні."
            ),
            "fa": (
                "برنامه هفته میان‌فرهنگی (Interkulturelle Woche) اکنون به‌صورت آنلاین و در ساختمان "
                "شهرداری (Rathaus) در دسترس است. این هفته با «بازار دیدار» (Markt der Begegnung) "
                "کنار ساختمان شهرداری با حدود ۲۰ غرفه آغاز می‌شود. بیشتر برنامه‌ها رایگان است."
            ),
            "tr": (
                "Kültürlerarası Hafta'nın (Interkulturelle Woche) programı artık internette ve "
                "belediye binasında (Rathaus). Hafta, belediye binası önünde yaklaşık 20 standın "
                "yer alacağı Buluşma Pazarı (Markt der Begegnung) ile açılıyor. Etkinliklerin çoğu "
                "ücretsiz."
            ),
        },
    },
]
