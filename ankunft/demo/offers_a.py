"""Demo offers (part A): language, education, work."""

from __future__ import annotations

OFFERS: list[dict] = [
    {
        "external_id": "kl-vhs-integrationskurs-vollzeit",
        "organisation": "volkshochschule-kaiserslautern",
        "title": {
            "de": "Integrationskurs (Deutsch) in Vollzeit – Volkshochschule",
            "en": "Full-time integration course (German) – adult education centre",
            "ar": "دورة الاندماج (اللغة الألمانية) بدوام كامل – الجامعة الشعبية",
            "uk": "Інтеграційний курс (німецька) на повний день – Volkshochschule",
        },
        "summary": {
            "de": (
                "Deutsch lernen von A1 bis B1 an fünf Vormittagen pro Woche. Mit Orientierungskurs "
                "und Abschlussprüfung."
            ),
            "en": (
                "Learn German from A1 to B1 on five mornings a week. Includes the orientation "
                "course and the final exam."
            ),
            "ar": (
                "تعلّم اللغة الألمانية من المستوى A1 حتى B1 في خمسة صباحات أسبوعياً، مع دورة "
                "التوجيه والامتحان النهائي."
            ),
            "uk": (
                "Вивчайте німецьку від A1 до B1 п’ять ранків на тиждень. З орієнтаційним курсом і "
                "підсумковим іспитом."
            ),
        },
        "description": {
            "de": (
                "<p>Der Integrationskurs hat 600 Unterrichtsstunden Deutsch und 100 Stunden "
                "Orientierungskurs. Im Orientierungskurs geht es um Alltag, Geschichte und Recht "
                "in Deutschland. Am Ende stehen der „Deutsch-Test für Zuwanderer“ (DTZ) und der "
                "Test „Leben in Deutschland“.</p><p><strong>Unterricht:</strong> Montag bis "
                "Freitag, 8:30 bis 12:45 Uhr. Neue Kurse beginnen etwa jeden "
                "Monat.</p><p><strong>Anmeldung:</strong> Kommen Sie mit Ausweis und "
                "Berechtigungsschein (vom BAMF, Jobcenter oder von der Ausländerbehörde) zum "
                "Einstufungstest in die Volkshochschule. Der Test ist jeden Dienstag um 9 Uhr, "
                "ohne Termin.</p>"
            ),
            "en": (
                "<p>The integration course has 600 lessons of German and 100 lessons of "
                "orientation course. The orientation course covers everyday life, history and law "
                "in Germany. At the end you take the “German test for immigrants” (DTZ) and the "
                "“Life in Germany” test.</p><p><strong>Lessons:</strong> Monday to Friday, 8:30 am "
                "to 12:45 pm. New courses start about once a "
                "month.</p><p><strong>Registration:</strong> Bring your ID and your certificate of "
                "eligibility (from BAMF, the job centre or the foreigners’ office) to the "
                "placement test at the adult education centre. The test takes place every Tuesday "
                "at 9 am, no appointment needed.</p>"
            ),
            "ar": (
                "<p>تتضمن دورة الاندماج 600 حصة لتعلّم اللغة الألمانية و100 حصة لدورة التوجيه. في "
                "دورة التوجيه تتعرّف على الحياة اليومية والتاريخ والقانون في ألمانيا. وفي النهاية "
                "تؤدي «اختبار اللغة الألمانية للمهاجرين» (DTZ) واختبار «الحياة في "
                "ألمانيا».</p><p><strong>مواعيد الدروس:</strong> من الاثنين إلى الجمعة، من الساعة "
                "8:30 حتى 12:45. تبدأ دورات جديدة كل شهر تقريباً.</p><p><strong>التسجيل:</strong> "
                "احضر إلى الجامعة الشعبية ومعك بطاقة الهوية وشهادة الأحقية (من المكتب الاتحادي "
                "للهجرة واللاجئين BAMF أو مركز العمل أو دائرة الأجانب) لإجراء اختبار تحديد "
                "المستوى. يُجرى الاختبار كل يوم ثلاثاء الساعة 9 صباحاً دون موعد مسبق.</p>"
            ),
            "uk": (
                "<p>Інтеграційний курс складається з 600 уроків німецької мови та 100 уроків "
                "орієнтаційного курсу. На орієнтаційному курсі йдеться про повсякденне життя, "
                "історію та право в Німеччині. Наприкінці ви складаєте «Тест з німецької для "
                "мігрантів» (DTZ) і тест «Життя в Німеччині».</p><p><strong>Заняття:</strong> з "
                "понеділка по п’ятницю, з 8:30 до 12:45. Нові курси починаються приблизно "
                "щомісяця.</p><p><strong>Реєстрація:</strong> приходьте до Volkshochschule з "
                "посвідченням особи та дозволом на участь (від BAMF, Джобцентру або відомства у "
                "справах іноземців) на тест для визначення рівня. Тест проходить щовівторка о 9:00 "
                "без попереднього запису.</p>"
            ),
        },
        "themes": ["sprachfoerderung"],
        "categories": ["language_course"],
        "target_groups": ["refugees", "eu_citizens", "skilled_workers", "everyone"],
        "languages": ["de"],
        "cost": "free",
        "cost_amount": None,
        "cost_note": {
            "de": (
                "Kostenlos mit Berechtigungsschein und Kostenbefreiung. Sonst Eigenanteil 2,29 € "
                "pro Unterrichtsstunde."
            ),
            "en": (
                "Free with a certificate of eligibility and a fee waiver. Otherwise €2.29 per "
                "lesson."
            ),
            "ar": "مجاناً مع شهادة الأحقية والإعفاء من الرسوم، وإلا فالمساهمة 2.29 يورو عن كل حصة.",
            "uk": (
                "Безкоштовно з дозволом на участь і звільненням від оплати. Інакше 2,29 € за урок."
            ),
        },
        "registration_required": True,
        "step_free": True,
        "hearing_loop": True,
        "online": False,
        "online_url": "",
        "valid_from_days": None,
        "valid_until_days": None,
        "contact": {
            "name": "Sabine Kronauer",
            "email": "sprachkurse@vhs-kl.example.org",
            "phone": "0631 555 0131",
        },
        "locations": [
            {
                "name": "Volkshochschule Kaiserslautern",
                "street": "Kanalstraße 5",
                "postcode": "67655",
                "city": "Kaiserslautern",
                "district": "innenstadt-ost",
                "latitude": 49.4436,
                "longitude": 7.7701,
                "by_appointment": False,
                "hours": [
                    ["mon", "08:30", "12:45"],
                    ["tue", "08:30", "12:45"],
                    ["wed", "08:30", "12:45"],
                    ["thu", "08:30", "12:45"],
                    ["fri", "08:30", "12:45"],
                ],
                "exceptions": [],
            },
        ],
        "confirmed_days_ago": 12,
        "status": "published",
    },
    {
        "external_id": "kl-vhs-integrationskurs-teilzeit-west",
        "organisation": "volkshochschule-kaiserslautern",
        "title": {
            "de": "Integrationskurs in Teilzeit am Abend – Kaiserslautern-West",
            "en": "Part-time evening integration course – Kaiserslautern-West",
            "ar": "دورة اندماج بدوام جزئي في المساء – كايزرسلاوترن الغربية",
            "uk": "Інтеграційний курс неповного дня ввечері – Кайзерслаутерн-Захід",
        },
        "summary": {
            "de": (
                "Deutschkurs für alle, die tagsüber arbeiten oder Kinder betreuen. Drei Abende pro "
                "Woche im Stadtteilbüro West."
            ),
            "en": (
                "German course for people who work or look after children during the day. Three "
                "evenings a week at the West district office."
            ),
            "ar": (
                "دورة لغة ألمانية لمن يعمل أو يعتني بأطفاله خلال النهار. ثلاث أمسيات في الأسبوع في "
                "مكتب الحي الغربي."
            ),
            "uk": (
                "Курс німецької для тих, хто вдень працює або доглядає дітей. Три вечори на "
                "тиждень у районному бюро Захід."
            ),
        },
        "description": {
            "de": (
                "<p>Dieser Integrationskurs findet im Stadtteilbüro Kaiserslautern-West statt, "
                "nahe Fischerrück und Slevogtstraße. Sie lernen in kleinen Gruppen Deutsch für "
                "Alltag und Arbeit. Weil der Kurs in Teilzeit läuft, dauert er länger als ein "
                "Vollzeitkurs.</p><p><strong>Zeiten:</strong> Montag, Dienstag und Donnerstag von "
                "17:30 bis 20:30 Uhr.</p><p><strong>Kosten:</strong> Wer kein Bürgergeld und keine "
                "Asylbewerberleistungen bekommt, zahlt 229 € pro Kursabschnitt. Die "
                "Volkshochschule hilft beim Antrag auf Kostenbefreiung.</p>"
            ),
            "en": (
                "<p>This integration course takes place at the Kaiserslautern-West district "
                "office, close to Fischerrück and Slevogtstraße. You learn German for everyday "
                "life and work in small groups. Because the course is part-time, it takes longer "
                "than a full-time course.</p><p><strong>Times:</strong> Monday, Tuesday and "
                "Thursday, 5:30 pm to 8:30 pm.</p><p><strong>Cost:</strong> If you do not receive "
                "citizen’s income or asylum seeker benefits, you pay €229 per course module. The "
                "adult education centre helps you apply for a fee waiver.</p>"
            ),
            "ar": (
                "<p>تُقام دورة الاندماج هذه في مكتب حي كايزرسلاوترن الغربية، بالقرب من فيشرروك "
                "وشارع سليفوغت. تتعلّم الألمانية للحياة اليومية والعمل ضمن مجموعات صغيرة. ولأن "
                "الدورة بدوام جزئي فإنها تستغرق وقتاً أطول من الدورة بدوام "
                "كامل.</p><p><strong>المواعيد:</strong> الاثنين والثلاثاء والخميس من الساعة 17:30 "
                "حتى 20:30.</p><p><strong>التكلفة:</strong> من لا يحصل على إعانة المواطن "
                "(Bürgergeld) أو على إعانات طالبي اللجوء يدفع 229 يورو عن كل مرحلة من الدورة. "
                "تساعدك الجامعة الشعبية في تقديم طلب الإعفاء من الرسوم.</p>"
            ),
            "uk": (
                "<p>Цей інтеграційний курс проходить у районному бюро Кайзерслаутерн-Захід, "
                "неподалік Фішеррюку та вулиці Слефогтштрассе. Ви вивчаєте німецьку для побуту й "
                "роботи в невеликих групах. Оскільки курс неповного дня, він триває довше, ніж "
                "курс на повний день.</p><p><strong>Час:</strong> понеділок, вівторок і четвер з "
                "17:30 до 20:30.</p><p><strong>Вартість:</strong> якщо ви не отримуєте "
                "громадянську допомогу (Bürgergeld) чи виплати для шукачів притулку, ви платите "
                "229 € за кожен модуль курсу. Volkshochschule допоможе подати заяву на звільнення "
                "від оплати.</p>"
            ),
        },
        "themes": ["sprachfoerderung"],
        "categories": ["language_course"],
        "target_groups": ["refugees", "eu_citizens", "skilled_workers", "families"],
        "languages": ["de"],
        "cost": "reduced",
        "cost_amount": "229.00",
        "cost_note": {
            "de": "Eigenanteil 229 € pro Kursabschnitt (100 Stunden). Kostenbefreiung möglich.",
            "en": "Own contribution €229 per module (100 lessons). Fee waiver possible.",
            "ar": "مساهمة ذاتية قدرها 229 يورو لكل مرحلة (100 حصة). الإعفاء من الرسوم ممكن.",
            "uk": "Власний внесок 229 € за модуль (100 уроків). Можливе звільнення від оплати.",
        },
        "registration_required": True,
        "step_free": True,
        "hearing_loop": False,
        "online": False,
        "online_url": "",
        "valid_from_days": None,
        "valid_until_days": None,
        "contact": {
            "name": "Sabine Kronauer",
            "email": "sprachkurse@vhs-kl.example.org",
            "phone": "0631 555 0131",
        },
        "locations": [
            {
                "name": "Stadtteilbüro Kaiserslautern-West",
                "street": "Slevogtstraße 12",
                "postcode": "67663",
                "city": "Kaiserslautern",
                "district": "kaiserslautern-west",
                "latitude": 49.4418,
                "longitude": 7.7335,
                "by_appointment": False,
                "hours": [
                    ["mon", "17:30", "20:30"],
                    ["tue", "17:30", "20:30"],
                    ["thu", "17:30", "20:30"],
                ],
                "exceptions": [],
            },
        ],
        "confirmed_days_ago": 34,
        "status": "published",
    },
    {
        "external_id": "kl-vhs-frauenintegrationskurs",
        "organisation": "volkshochschule-kaiserslautern",
        "title": {
            "de": "Frauenintegrationskurs mit Kinderbetreuung – Grübentälchen",
            "en": "Integration course for women with childcare – Grübentälchen",
            "ar": "دورة اندماج للنساء مع رعاية الأطفال – غروبنتيلشن",
            "uk": "Інтеграційний курс для жінок із доглядом за дітьми – Грюбентельхен",
        },
        "summary": {
            "de": (
                "Integrationskurs nur für Frauen im Stadtteilbüro Grübentälchen. Ihre Kinder "
                "werden während des Unterrichts nebenan betreut."
            ),
            "en": (
                "Women-only integration course at the Grübentälchen district office. Your children "
                "are looked after next door during lessons."
            ),
            "ar": (
                "دورة اندماج للنساء فقط في مكتب حي غروبنتيلشن. يُعتنى بأطفالك في الغرفة المجاورة "
                "أثناء الدروس."
            ),
            "uk": (
                "Інтеграційний курс лише для жінок у районному бюро Грюбентельхен. Під час занять "
                "ваші діти під наглядом у сусідній кімнаті."
            ),
        },
        "description": {
            "de": (
                "<p>Im Frauenkurs lernen Sie Deutsch in Ruhe und unter Frauen. Der Kurs hat bis zu "
                "1.000 Unterrichtsstunden. Er geht langsamer voran und behandelt Themen wie "
                "Schule, Kita und Arztbesuch.</p><p><strong>Kinderbetreuung:</strong> Zwei "
                "Erzieherinnen betreuen Kinder ab einem Jahr kostenlos. Bitte melden Sie Ihre "
                "Kinder gleich mit an.</p><p><strong>Zeiten:</strong> Montag bis Donnerstag, 8:45 "
                "bis 12:00 Uhr. In den Schulferien gibt es eine kurze Pause.</p>"
            ),
            "en": (
                "<p>In the women’s course you learn German in a calm setting among women. The "
                "course has up to 1,000 lessons. It moves at a slower pace and covers topics such "
                "as school, nursery and visits to the doctor.</p><p><strong>Childcare:</strong> "
                "Two childcare workers look after children aged one and over free of charge. "
                "Please register your children when you sign up.</p><p><strong>Times:</strong> "
                "Monday to Thursday, 8:45 am to 12 noon. There is a short break during the school "
                "holidays.</p>"
            ),
            "ar": (
                "<p>في دورة النساء تتعلمين الألمانية بهدوء وبين النساء. تضم الدورة ما يصل إلى 1000 "
                "حصة، فهي تسير بوتيرة أبطأ وتتناول مواضيع مثل المدرسة والحضانة وزيارة "
                "الطبيب.</p><p><strong>رعاية الأطفال:</strong> تعتني مربيتان مجاناً بالأطفال من "
                "عمر سنة فما فوق. يرجى تسجيل أطفالك عند تسجيلك في "
                "الدورة.</p><p><strong>المواعيد:</strong> من الاثنين إلى الخميس، من 8:45 حتى "
                "12:00. خلال العطل المدرسية تتوقف الدروس لفترة قصيرة.</p>"
            ),
            "uk": (
                "<p>На жіночому курсі ви вивчаєте німецьку в спокійній атмосфері серед жінок. Курс "
                "має до 1000 уроків. Він іде повільніше й охоплює такі теми, як школа, дитячий "
                "садок і візит до лікаря.</p><p><strong>Догляд за дітьми:</strong> дві "
                "виховательки безкоштовно доглядають дітей віком від одного року. Будь ласка, "
                "зареєструйте дітей разом із собою.</p><p><strong>Час:</strong> з понеділка по "
                "четвер, з 8:45 до 12:00. Під час шкільних канікул буває коротка перерва.</p>"
            ),
        },
        "themes": ["sprachfoerderung"],
        "categories": ["language_course"],
        "target_groups": ["women", "families", "refugees"],
        "languages": ["de"],
        "cost": "free",
        "cost_amount": None,
        "cost_note": {
            "de": "Kostenlos mit Berechtigungsschein. Die Kinderbetreuung ist immer kostenlos.",
            "en": "Free with a certificate of eligibility. Childcare is always free.",
            "ar": "مجاناً مع شهادة الأحقية. رعاية الأطفال مجانية دائماً.",
            "uk": "Безкоштовно з дозволом на участь. Догляд за дітьми завжди безкоштовний.",
        },
        "registration_required": True,
        "step_free": True,
        "hearing_loop": False,
        "online": False,
        "online_url": "",
        "valid_from_days": -20,
        "valid_until_days": 240,
        "contact": {
            "name": "Sabine Kronauer",
            "email": "sprachkurse@vhs-kl.example.org",
            "phone": "0631 555 0131",
        },
        "locations": [
            {
                "name": "Stadtteilbüro Grübentälchen",
                "street": "Friedenstraße 130",
                "postcode": "67657",
                "city": "Kaiserslautern",
                "district": "gruebentaelchen-volkspark",
                "latitude": 49.4381,
                "longitude": 7.7849,
                "by_appointment": False,
                "hours": [
                    ["mon", "08:45", "12:00"],
                    ["tue", "08:45", "12:00"],
                    ["wed", "08:45", "12:00"],
                    ["thu", "08:45", "12:00"],
                ],
                "exceptions": [
                    {
                        "days": 10,
                        "closed": True,
                        "note": {
                            "de": "Kein Unterricht wegen Fortbildung der Lehrkräfte",
                            "en": "No lessons: teacher training day",
                            "ar": "لا توجد دروس بسبب يوم تدريب للمعلمات",
                            "uk": "Занять немає: день підвищення кваліфікації викладачів",
                        },
                    },
                ],
            },
        ],
        "confirmed_days_ago": 27,
        "status": "published",
    },
    {
        "external_id": "kl-vhs-alphabetisierungskurs",
        "organisation": "volkshochschule-kaiserslautern",
        "title": {
            "de": "Alphabetisierungskurs: Deutsch lesen und schreiben lernen",
            "en": "Literacy course: learn to read and write in German",
            "ar": "دورة محو الأمية: تعلّم القراءة والكتابة بالألمانية",
            "uk": "Курс грамотності: навчитися читати й писати німецькою",
        },
        "summary": {
            "de": (
                "Integrationskurs mit Alphabetisierung für Erwachsene, die nicht oder nur wenig in "
                "lateinischer Schrift lesen und schreiben."
            ),
            "en": (
                "Integration course with literacy training for adults who cannot read and write "
                "the Latin alphabet, or only a little."
            ),
            "ar": (
                "دورة اندماج مع محو الأمية للبالغين الذين لا يقرؤون ولا يكتبون بالحروف اللاتينية "
                "أو يعرفونها قليلاً."
            ),
            "uk": (
                "Інтеграційний курс із навчанням грамоти для дорослих, які не вміють або погано "
                "вміють читати й писати латиницею."
            ),
        },
        "description": {
            "de": (
                "<p>Manche Menschen haben nie eine Schule besucht oder kennen nur eine andere "
                "Schrift, zum Beispiel die arabische. Im Alphabetisierungskurs lernen Sie Schritt "
                "für Schritt Buchstaben, Lesen, Schreiben und Sprechen.</p><p>Der Kurs hat bis zu "
                "1.300 Unterrichtsstunden. Die Gruppen sind klein. Die Lehrkräfte haben eine "
                "Zusatzausbildung für Alphabetisierung.</p><p><strong>Zeiten:</strong> Montag bis "
                "Freitag, 13:00 bis 16:15 Uhr. Zur Anmeldung rufen Sie an oder kommen Sie zum "
                "Beratungsgespräch in die Volkshochschule. Sie können gern eine Person mitbringen, "
                "die übersetzt.</p>"
            ),
            "en": (
                "<p>Some people never went to school or only know another script, for example "
                "Arabic. In the literacy course you learn letters, reading, writing and speaking "
                "step by step.</p><p>The course has up to 1,300 lessons. The groups are small. The "
                "teachers have extra training in literacy teaching.</p><p><strong>Times:</strong> "
                "Monday to Friday, 1:00 pm to 4:15 pm. To register, call us or come to the adult "
                "education centre for an advice talk. You are welcome to bring someone who can "
                "interpret.</p>"
            ),
            "ar": (
                "<p>بعض الناس لم يذهبوا إلى المدرسة قط، أو يعرفون خطاً آخر فقط، مثل الخط العربي. "
                "في دورة محو الأمية تتعلّم الحروف والقراءة والكتابة والتحدث خطوة بخطوة.</p><p>تضم "
                "الدورة ما يصل إلى 1300 حصة. المجموعات صغيرة، والمعلمون حاصلون على تأهيل إضافي في "
                "تعليم القراءة والكتابة.</p><p><strong>المواعيد:</strong> من الاثنين إلى الجمعة، "
                "من 13:00 حتى 16:15. للتسجيل اتصل بنا أو تعال إلى الجامعة الشعبية لجلسة استشارية. "
                "يمكنك أن تُحضر معك شخصاً يترجم لك.</p>"
            ),
            "uk": (
                "<p>Деякі люди ніколи не ходили до школи або знають лише інше письмо, наприклад "
                "арабське. На курсі грамотності ви крок за кроком вивчаєте літери, читання, письмо "
                "й розмовну мову.</p><p>Курс має до 1300 уроків. Групи невеликі. Викладачі мають "
                "додаткову підготовку з навчання грамоти.</p><p><strong>Час:</strong> з понеділка "
                "по п’ятницю, з 13:00 до 16:15. Щоб записатися, зателефонуйте або прийдіть на "
                "консультацію до Volkshochschule. Можете взяти з собою людину, яка "
                "перекладатиме.</p>"
            ),
        },
        "themes": ["sprachfoerderung"],
        "categories": ["language_course"],
        "target_groups": ["refugees", "everyone"],
        "languages": ["de"],
        "cost": "free",
        "cost_amount": None,
        "cost_note": {
            "de": (
                "Kostenlos mit Berechtigungsschein und Kostenbefreiung. Sonst Eigenanteil 2,29 € "
                "pro Unterrichtsstunde."
            ),
            "en": (
                "Free with a certificate of eligibility and a fee waiver. Otherwise €2.29 per "
                "lesson."
            ),
            "ar": "مجاناً مع شهادة الأحقية والإعفاء من الرسوم، وإلا فالمساهمة 2.29 يورو عن كل حصة.",
            "uk": (
                "Безкоштовно з дозволом на участь і звільненням від оплати. Інакше 2,29 € за урок."
            ),
        },
        "registration_required": True,
        "step_free": True,
        "hearing_loop": True,
        "online": False,
        "online_url": "",
        "valid_from_days": None,
        "valid_until_days": None,
        "contact": {
            "name": "Sabine Kronauer",
            "email": "sprachkurse@vhs-kl.example.org",
            "phone": "0631 555 0131",
        },
        "locations": [
            {
                "name": "Volkshochschule Kaiserslautern",
                "street": "Kanalstraße 5",
                "postcode": "67655",
                "city": "Kaiserslautern",
                "district": "innenstadt-ost",
                "latitude": 49.4436,
                "longitude": 7.7701,
                "by_appointment": False,
                "hours": [
                    ["mon", "13:00", "16:15"],
                    ["tue", "13:00", "16:15"],
                    ["wed", "13:00", "16:15"],
                    ["thu", "13:00", "16:15"],
                    ["fri", "13:00", "16:15"],
                ],
                "exceptions": [],
            },
        ],
        "confirmed_days_ago": 58,
        "status": "published",
    },
    {
        "external_id": "kl-vhs-berufssprachkurs-b2",
        "organisation": "volkshochschule-kaiserslautern",
        "title": {
            "de": "Berufssprachkurs Deutsch B2 – Sprachkurs für den Beruf",
            "en": "Job-related German course B2",
            "ar": "دورة اللغة الألمانية المهنية – المستوى B2",
            "uk": "Професійний курс німецької мови B2",
        },
        "summary": {
            "de": (
                "Deutsch für die Arbeit: E-Mails, Telefonate, Besprechungen. Für Menschen mit B1, "
                "die arbeiten oder Arbeit suchen."
            ),
            "en": (
                "German for work: emails, phone calls, meetings. For people at B1 level who work "
                "or are looking for work."
            ),
            "ar": (
                "الألمانية للعمل: الرسائل الإلكترونية والمكالمات والاجتماعات. لمن لديه مستوى B1 "
                "ويعمل أو يبحث عن عمل."
            ),
            "uk": (
                "Німецька для роботи: листи, дзвінки, наради. Для людей із рівнем B1, які працюють "
                "або шукають роботу."
            ),
        },
        "description": {
            "de": (
                "<p>Der Berufssprachkurs bereitet auf die Prüfung „Deutsch-Test für den Beruf B2“ "
                "vor. Sie üben Fachsprache, Vorstellungsgespräche und schwierige Situationen im "
                "Job.</p><ul><li>500 Unterrichtsstunden in Teilzeit am Abend</li><li>Montag bis "
                "Donnerstag, 17:30 bis 20:45 Uhr</li><li>Praxisaufgaben mit Betrieben aus der "
                "Region</li></ul><p><strong>Kosten:</strong> Mit einer Berechtigung von Jobcenter, "
                "Agentur für Arbeit oder BAMF ist der Kurs kostenlos. Wer arbeitet und mehr "
                "verdient, zahlt eventuell einen Eigenbeitrag. Fragen Sie uns.</p>"
            ),
            "en": (
                "<p>The job-related language course prepares you for the exam “German test for the "
                "job B2”. You practise technical language, job interviews and difficult situations "
                "at work.</p><ul><li>500 lessons, part-time in the evening</li><li>Monday to "
                "Thursday, 5:30 pm to 8:45 pm</li><li>Practical tasks with local "
                "companies</li></ul><p><strong>Cost:</strong> With an authorisation from the job "
                "centre, the employment agency or BAMF the course is free. If you work and earn "
                "more, you may have to pay a contribution. Ask us.</p>"
            ),
            "ar": (
                "<p>تُعِدّك الدورة المهنية لامتحان «اختبار اللغة الألمانية للمهنة B2». تتدرّب على "
                "لغة التخصص ومقابلات العمل والمواقف الصعبة في الوظيفة.</p><ul><li>500 حصة بدوام "
                "جزئي في المساء</li><li>من الاثنين إلى الخميس، من 17:30 حتى 20:45</li><li>مهام "
                "عملية بالتعاون مع شركات من المنطقة</li></ul><p><strong>التكلفة:</strong> الدورة "
                "مجانية مع إذن من مركز العمل أو وكالة العمل أو المكتب الاتحادي للهجرة واللاجئين. "
                "من يعمل ودخله أعلى قد يدفع مساهمة ذاتية. اسألنا.</p>"
            ),
            "uk": (
                "<p>Професійний мовний курс готує до іспиту «Німецька для професії B2». Ви "
                "тренуєте фахову лексику, співбесіди та складні ситуації на роботі.</p><ul><li>500 "
                "уроків, неповний день, увечері</li><li>з понеділка по четвер, з 17:30 до "
                "20:45</li><li>практичні завдання з підприємствами "
                "регіону</li></ul><p><strong>Вартість:</strong> з дозволом від Джобцентру, "
                "Агентури з праці або BAMF курс безкоштовний. Якщо ви працюєте й заробляєте "
                "більше, можливо, доведеться сплатити внесок. Запитайте нас.</p>"
            ),
        },
        "themes": ["sprachfoerderung", "bildung-arbeit"],
        "categories": ["language_course", "work_training"],
        "target_groups": ["skilled_workers", "refugees", "eu_citizens"],
        "languages": ["de"],
        "cost": "free",
        "cost_amount": None,
        "cost_note": {
            "de": "Kostenlos mit Berechtigungsschein; bei höherem Einkommen Eigenbeitrag möglich.",
            "en": (
                "Free with a certificate of eligibility; a contribution may apply on higher "
                "incomes."
            ),
            "ar": "مجاناً مع شهادة الأحقية؛ قد تُطلب مساهمة عند ارتفاع الدخل.",
            "uk": "Безкоштовно з дозволом на участь; за вищого доходу можливий внесок.",
        },
        "registration_required": True,
        "step_free": True,
        "hearing_loop": True,
        "online": False,
        "online_url": "",
        "valid_from_days": None,
        "valid_until_days": None,
        "contact": {
            "name": "Dr. Jana Wolff",
            "email": "beruf-deutsch@vhs-kl.example.org",
            "phone": "0631 555 0132",
        },
        "locations": [
            {
                "name": "Volkshochschule Kaiserslautern",
                "street": "Kanalstraße 5",
                "postcode": "67655",
                "city": "Kaiserslautern",
                "district": "innenstadt-ost",
                "latitude": 49.4436,
                "longitude": 7.7701,
                "by_appointment": False,
                "hours": [
                    ["mon", "17:30", "20:45"],
                    ["tue", "17:30", "20:45"],
                    ["wed", "17:30", "20:45"],
                    ["thu", "17:30", "20:45"],
                ],
                "exceptions": [],
            },
        ],
        "confirmed_days_ago": 20,
        "status": "published",
    },
    {
        "external_id": "kl-vhs-deutschkurs-b1-betzenberg",
        "organisation": "volkshochschule-kaiserslautern",
        "title": {
            "de": "Deutschkurs B1 am Abend – Betzenberg",
            "en": "Evening German course B1 – Betzenberg",
            "ar": "دورة لغة ألمانية مسائية B1 – بيتسنبيرغ",
            "uk": "Вечірній курс німецької B1 – Бетценберг",
        },
        "summary": {
            "de": (
                "Offener VHS-Sprachkurs für Erwachsene mit Vorkenntnissen. Zweimal pro Woche in "
                "der Grundschule Betzenberg."
            ),
            "en": (
                "Open adult education German course for adults with some German. Twice a week at "
                "Betzenberg primary school."
            ),
            "ar": (
                "دورة لغة مفتوحة من الجامعة الشعبية للبالغين الذين لديهم معرفة مسبقة. مرتين "
                "أسبوعياً في مدرسة بيتسنبيرغ الابتدائية."
            ),
            "uk": (
                "Відкритий мовний курс Volkshochschule для дорослих із базовими знаннями. Двічі на "
                "тиждень у початковій школі Бетценберг."
            ),
        },
        "description": {
            "de": (
                "<p>Sie sprechen schon etwas Deutsch und möchten sicherer werden? In diesem Kurs "
                "üben Sie Grammatik, Hören und freies Sprechen. Der Kurs ist kein "
                "Integrationskurs, Sie brauchen also keinen "
                "Berechtigungsschein.</p><p><strong>Zeiten:</strong> Dienstag und Donnerstag, "
                "18:00 bis 19:30 Uhr, 15 Termine.</p><p><strong>Kosten:</strong> 120 €, ermäßigt "
                "60 € für Menschen mit Bürgergeld, Studierende und Auszubildende. Anmeldung bei "
                "der Volkshochschule.</p>"
            ),
            "en": (
                "<p>You already speak some German and want to feel more confident? In this course "
                "you practise grammar, listening and speaking freely. It is not an integration "
                "course, so you do not need a certificate of "
                "eligibility.</p><p><strong>Times:</strong> Tuesday and Thursday, 6:00 pm to 7:30 "
                "pm, 15 sessions.</p><p><strong>Cost:</strong> €120, reduced €60 for people "
                "receiving citizen’s income, students and apprentices. Register with the adult "
                "education centre.</p>"
            ),
            "ar": (
                "<p>هل تتحدث القليل من الألمانية وتريد أن تصبح أكثر ثقة؟ في هذه الدورة تتدرّب على "
                "القواعد والاستماع والتحدث بحرية. هذه ليست دورة اندماج، لذلك لا تحتاج إلى شهادة "
                "الأحقية.</p><p><strong>المواعيد:</strong> الثلاثاء والخميس، من 18:00 حتى 19:30، "
                "لمدة 15 لقاءً.</p><p><strong>التكلفة:</strong> 120 يورو، وسعر مخفّض 60 يورو "
                "للحاصلين على إعانة المواطن والطلاب والمتدرّبين مهنياً. التسجيل لدى الجامعة "
                "الشعبية.</p>"
            ),
            "uk": (
                "<p>Ви вже трохи розмовляєте німецькою і хочете почуватися впевненіше? На цьому "
                "курсі ви тренуєте граматику, аудіювання та вільне мовлення. Це не інтеграційний "
                "курс, тож дозвіл на участь не потрібен.</p><p><strong>Час:</strong> вівторок і "
                "четвер, з 18:00 до 19:30, 15 занять.</p><p><strong>Вартість:</strong> 120 €, "
                "пільгова ціна 60 € для отримувачів Bürgergeld, студентів і учнів професійного "
                "навчання. Реєстрація у Volkshochschule.</p>"
            ),
        },
        "themes": ["sprachfoerderung"],
        "categories": ["language_course"],
        "target_groups": ["everyone", "eu_citizens", "skilled_workers"],
        "languages": ["de"],
        "cost": "reduced",
        "cost_amount": "60.00",
        "cost_note": {
            "de": (
                "Regulär 120 €, ermäßigt 60 € mit Bürgergeld, Studierendenausweis oder "
                "Ausbildungsvertrag."
            ),
            "en": (
                "Regular price €120, reduced €60 with citizen’s income, a student card or a "
                "training contract."
            ),
            "ar": (
                "السعر العادي 120 يورو، والمخفّض 60 يورو مع إعانة المواطن أو بطاقة طالب أو عقد "
                "تدريب مهني."
            ),
            "uk": (
                "Звичайна ціна 120 €, пільгова 60 € з Bürgergeld, студентським квитком або "
                "договором про навчання."
            ),
        },
        "registration_required": True,
        "step_free": False,
        "hearing_loop": False,
        "online": False,
        "online_url": "",
        "valid_from_days": None,
        "valid_until_days": None,
        "contact": {
            "name": "Sabine Kronauer",
            "email": "sprachkurse@vhs-kl.example.org",
            "phone": "0631 555 0131",
        },
        "locations": [
            {
                "name": "Grundschule Betzenberg",
                "street": "Kantstraße 9",
                "postcode": "67663",
                "city": "Kaiserslautern",
                "district": "betzenberg",
                "latitude": 49.4329,
                "longitude": 7.7738,
                "by_appointment": False,
                "hours": [["tue", "18:00", "19:30"], ["thu", "18:00", "19:30"]],
                "exceptions": [],
            },
        ],
        "confirmed_days_ago": 214,
        "status": "published",
    },
    {
        "external_id": "kl-vhs-online-deutschkurs",
        "organisation": "volkshochschule-kaiserslautern",
        "title": {
            "de": "Online-Deutschkurs mit Tutorin (A1 bis B1)",
            "en": "Online German course with a tutor (A1 to B1)",
            "ar": "دورة ألمانية عبر الإنترنت مع مدرّسة مرافِقة (من A1 إلى B1)",
            "uk": "Онлайн-курс німецької з тьютором (від A1 до B1)",
        },
        "summary": {
            "de": (
                "Deutsch lernen am Handy oder Computer, wann Sie wollen. Eine Tutorin der VHS "
                "korrigiert Ihre Aufgaben und beantwortet Fragen."
            ),
            "en": (
                "Learn German on your phone or computer whenever you like. A tutor from the adult "
                "education centre corrects your work and answers questions."
            ),
            "ar": (
                "تعلّم الألمانية على الهاتف أو الحاسوب متى شئت. مدرّسة من الجامعة الشعبية تصحّح "
                "واجباتك وتجيب عن أسئلتك."
            ),
            "uk": (
                "Вивчайте німецьку на телефоні чи комп’ютері, коли зручно. Тьюторка "
                "Volkshochschule перевіряє завдання й відповідає на запитання."
            ),
        },
        "description": {
            "de": (
                "<p>Sie lernen mit dem kostenlosen Lernportal der Volkshochschulen. Die Übungen "
                "gibt es mit Erklärungen auf Englisch, Arabisch, Ukrainisch und weiteren Sprachen. "
                "Eine Tutorin aus Kaiserslautern begleitet Sie online.</p><ul><li>Lernen im "
                "eigenen Tempo, auch abends und am Wochenende</li><li>Video-Sprechstunde jeden "
                "Mittwoch um 18 Uhr</li><li>Gut für die Wartezeit vor dem "
                "Integrationskurs</li></ul><p><strong>So geht’s:</strong> Registrieren Sie sich "
                "auf <a "
                'href="https://volkshochschule.kaiserslautern.example.org/online-deutsch">der '
                "Seite der Volkshochschule</a> und geben Sie den Kurscode „KL-ONLINE“ an.</p>"
            ),
            "en": (
                "<p>You learn with the free learning portal of the adult education centres. The "
                "exercises come with explanations in English, Arabic, Ukrainian and other "
                "languages. A tutor from Kaiserslautern supports you online.</p><ul><li>Learn at "
                "your own pace, also in the evening and at weekends</li><li>Video consultation "
                "every Wednesday at 6 pm</li><li>Useful while you wait for a place in an "
                "integration course</li></ul><p><strong>How it works:</strong> Register on <a "
                'href="https://volkshochschule.kaiserslautern.example.org/online-deutsch">the '
                "adult education centre’s website</a> and enter the course code “KL-ONLINE”.</p>"
            ),
            "ar": (
                "<p>تتعلّم عبر بوابة التعلّم المجانية للجامعات الشعبية. التمارين مزوّدة بشروح "
                "بالإنجليزية والعربية والأوكرانية ولغات أخرى. ترافقك مدرّسة من كايزرسلاوترن عبر "
                "الإنترنت.</p><ul><li>تعلّم بالسرعة التي تناسبك، مساءً وفي عطلة نهاية الأسبوع "
                "أيضاً</li><li>استشارة بالفيديو كل يوم أربعاء الساعة 18:00</li><li>مناسبة لفترة "
                "الانتظار قبل دورة الاندماج</li></ul><p><strong>طريقة التسجيل:</strong> سجّل على "
                '<a href="https://volkshochschule.kaiserslautern.example.org/online-deutsch">موقع '
                "الجامعة الشعبية</a> وأدخل رمز الدورة «KL-ONLINE».</p>"
            ),
            "uk": (
                "<p>Ви навчаєтеся на безкоштовному навчальному порталі народних вищих шкіл. Вправи "
                "мають пояснення англійською, арабською, українською та іншими мовами. Тьюторка з "
                "Кайзерслаутерна супроводжує вас онлайн.</p><ul><li>Навчання у власному темпі, "
                "також увечері й на вихідних</li><li>Відеоконсультація щосереди о "
                "18:00</li><li>Добре підходить на час очікування інтеграційного "
                "курсу</li></ul><p><strong>Як це працює:</strong> зареєструйтеся на <a "
                'href="https://volkshochschule.kaiserslautern.example.org/online-deutsch">сайті '
                "Volkshochschule</a> і вкажіть код курсу «KL-ONLINE».</p>"
            ),
        },
        "themes": ["sprachfoerderung"],
        "categories": ["language_course"],
        "target_groups": ["refugees", "eu_citizens", "skilled_workers", "everyone"],
        "languages": ["de", "en", "ar", "uk"],
        "cost": "free",
        "cost_amount": None,
        "cost_note": {},
        "registration_required": True,
        "step_free": True,
        "hearing_loop": False,
        "online": True,
        "online_url": "https://volkshochschule.kaiserslautern.example.org/online-deutsch",
        "valid_from_days": None,
        "valid_until_days": None,
        "contact": {
            "name": "Sabine Kronauer",
            "email": "sprachkurse@vhs-kl.example.org",
            "phone": "0631 555 0131",
        },
        "locations": [],
        "confirmed_days_ago": 45,
        "status": "published",
    },
    {
        "external_id": "kl-vhs-sommerintensivkurs-jugendliche",
        "organisation": "volkshochschule-kaiserslautern",
        "title": {
            "de": "Sommer-Intensivkurs Deutsch für Jugendliche",
            "en": "Summer intensive German course for young people",
            "ar": "دورة صيفية مكثّفة في اللغة الألمانية للشباب",
            "uk": "Літній інтенсивний курс німецької для молоді",
        },
        "summary": {
            "de": (
                "Drei Wochen Deutsch lernen in den Sommerferien, für Jugendliche von 14 bis 18 "
                "Jahren, mit Ausflügen in der Stadt."
            ),
            "en": (
                "Three weeks of German in the summer holidays for young people aged 14 to 18, with "
                "trips around the city."
            ),
            "ar": (
                "ثلاثة أسابيع لتعلّم الألمانية في العطلة الصيفية للشباب من 14 إلى 18 عاماً، مع "
                "جولات في المدينة."
            ),
            "uk": (
                "Три тижні німецької під час літніх канікул для молоді від 14 до 18 років, з "
                "екскурсіями містом."
            ),
        },
        "description": {
            "de": (
                "<p>Der Ferienkurs hilft Jugendlichen, die neu in Kaiserslautern sind, gut in das "
                "neue Schuljahr zu starten. Vormittags ist Unterricht, danach gibt es Ausflüge, "
                "zum Beispiel in den Japanischen Garten und in die "
                "Stadtbibliothek.</p><p><strong>Zeiten:</strong> Montag bis Freitag, 9:00 bis "
                "13:00 Uhr, drei Wochen in den Sommerferien. Die Teilnahme ist kostenlos.</p>"
            ),
            "en": (
                "<p>The holiday course helps young people who are new to Kaiserslautern to make a "
                "good start in the new school year. Lessons are in the morning, followed by trips, "
                "for example to the Japanese Garden and the city "
                "library.</p><p><strong>Times:</strong> Monday to Friday, 9:00 am to 1:00 pm, for "
                "three weeks in the summer holidays. Taking part is free.</p>"
            ),
            "ar": (
                "<p>تساعد الدورة الصيفية الشباب القادمين حديثاً إلى كايزرسلاوترن على بداية جيدة في "
                "العام الدراسي الجديد. الدروس صباحاً، وبعدها جولات، مثلاً إلى الحديقة اليابانية "
                "والمكتبة العامة للمدينة.</p><p><strong>المواعيد:</strong> من الاثنين إلى الجمعة، "
                "من 9:00 حتى 13:00، لمدة ثلاثة أسابيع في العطلة الصيفية. المشاركة مجانية.</p>"
            ),
            "uk": (
                "<p>Канікулярний курс допомагає підліткам, які нещодавно приїхали до "
                "Кайзерслаутерна, добре почати новий навчальний рік. Зранку заняття, потім "
                "екскурсії, наприклад до Японського саду та міської "
                "бібліотеки.</p><p><strong>Час:</strong> з понеділка по п’ятницю, з 9:00 до 13:00, "
                "три тижні під час літніх канікул. Участь безкоштовна.</p>"
            ),
        },
        "themes": ["sprachfoerderung"],
        "categories": ["language_course"],
        "target_groups": ["young_people", "refugees"],
        "languages": ["de"],
        "cost": "free",
        "cost_amount": None,
        "cost_note": {},
        "registration_required": True,
        "step_free": True,
        "hearing_loop": True,
        "online": False,
        "online_url": "",
        "valid_from_days": -130,
        "valid_until_days": -40,
        "contact": {
            "name": "Sabine Kronauer",
            "email": "sprachkurse@vhs-kl.example.org",
            "phone": "0631 555 0131",
        },
        "locations": [
            {
                "name": "Volkshochschule Kaiserslautern",
                "street": "Kanalstraße 5",
                "postcode": "67655",
                "city": "Kaiserslautern",
                "district": "innenstadt-ost",
                "latitude": 49.4436,
                "longitude": 7.7701,
                "by_appointment": False,
                "hours": [
                    ["mon", "09:00", "13:00"],
                    ["tue", "09:00", "13:00"],
                    ["wed", "09:00", "13:00"],
                    ["thu", "09:00", "13:00"],
                    ["fri", "09:00", "13:00"],
                ],
                "exceptions": [],
            },
        ],
        "confirmed_days_ago": 140,
        "status": "archived",
    },
    {
        "external_id": "kl-vielfalter-sprachcafe",
        "organisation": "vielfalter-kl",
        "title": {
            "de": "Sprachcafé: Deutsch sprechen bei Kaffee und Tee",
            "en": "Language café: speak German over coffee and tea",
            "ar": "مقهى اللغة: تحدّث الألمانية مع القهوة والشاي",
            "uk": "Мовне кафе: розмовляємо німецькою за кавою та чаєм",
        },
        "summary": {
            "de": (
                "Ohne Anmeldung Deutsch üben mit Ehrenamtlichen. Mittwochs in der Innenstadt, "
                "montags in Erfenbach."
            ),
            "en": (
                "Practise German with volunteers, no registration needed. Wednesdays in the city "
                "centre, Mondays in Erfenbach."
            ),
            "ar": (
                "تدرّب على الألمانية مع متطوعين دون تسجيل مسبق. أيام الأربعاء في وسط المدينة وأيام "
                "الاثنين في إرفنباخ."
            ),
            "uk": (
                "Практикуйте німецьку з волонтерами без реєстрації. По середах у центрі міста, по "
                "понеділках в Ерфенбаху."
            ),
        },
        "description": {
            "de": (
                "<p>Im Sprachcafé sitzen Sie in kleinen Runden mit Menschen, die gut Deutsch "
                "sprechen. Sie reden über Alltag, Hobbys und Kaiserslautern. Alle Sprachniveaus "
                "sind willkommen, auch Anfängerinnen und Anfänger.</p><ul><li>Mittwoch, 16:00 bis "
                "18:00 Uhr, Marktstraße 38 (Innenstadt)</li><li>Montag, 18:00 bis 19:30 Uhr, "
                "Protestantisches Gemeindehaus Erfenbach</li></ul><p>Kaffee, Tee und Kuchen sind "
                "kostenlos. Kommen Sie einfach vorbei.</p>"
            ),
            "en": (
                "<p>At the language café you sit in small groups with people who speak German "
                "well. You talk about everyday life, hobbies and Kaiserslautern. All levels are "
                "welcome, including beginners.</p><ul><li>Wednesday, 4:00 pm to 6:00 pm, "
                "Marktstraße 38 (city centre)</li><li>Monday, 6:00 pm to 7:30 pm, Protestant "
                "parish hall in Erfenbach</li></ul><p>Coffee, tea and cake are free. Just drop "
                "in.</p>"
            ),
            "ar": (
                "<p>في مقهى اللغة تجلس في مجموعات صغيرة مع أشخاص يتقنون الألمانية، وتتحدثون عن "
                "الحياة اليومية والهوايات وعن كايزرسلاوترن. جميع المستويات مرحّب بها، بما في ذلك "
                "المبتدئون.</p><ul><li>الأربعاء، من 16:00 حتى 18:00، شارع ماركت 38 (وسط "
                "المدينة)</li><li>الاثنين، من 18:00 حتى 19:30، قاعة الكنيسة البروتستانتية في "
                "إرفنباخ</li></ul><p>القهوة والشاي والكعك مجانية. تعال ببساطة.</p>"
            ),
            "uk": (
                "<p>У мовному кафе ви сидите в невеликих групах із людьми, які добре говорять "
                "німецькою. Ви розмовляєте про повсякденне життя, хобі та Кайзерслаутерн. "
                "Запрошуємо людей з будь-яким рівнем, також початківців.</p><ul><li>Середа, з "
                "16:00 до 18:00, Marktstraße 38 (центр міста)</li><li>Понеділок, з 18:00 до 19:30, "
                "протестантський парафіяльний дім в Ерфенбаху</li></ul><p>Кава, чай і пиріг "
                "безкоштовні. Просто приходьте.</p>"
            ),
        },
        "themes": ["sprachfoerderung", "begegnung-antirassismus"],
        "categories": ["language_course", "leisure_encounter"],
        "target_groups": ["everyone", "refugees"],
        "languages": ["de"],
        "cost": "free",
        "cost_amount": None,
        "cost_note": {},
        "registration_required": False,
        "step_free": True,
        "hearing_loop": False,
        "online": False,
        "online_url": "",
        "valid_from_days": None,
        "valid_until_days": None,
        "contact": {
            "name": "Leonie Baumann",
            "email": "hallo@vielfalter-kl.example.org",
            "phone": "0631 555 0112",
        },
        "locations": [
            {
                "name": "Vielfalter KL – Treffpunkt Marktstraße",
                "street": "Marktstraße 38",
                "postcode": "67655",
                "city": "Kaiserslautern",
                "district": "innenstadt-ost",
                "latitude": 49.4437,
                "longitude": 7.7684,
                "by_appointment": False,
                "hours": [["wed", "16:00", "18:00"]],
                "exceptions": [],
            },
            {
                "name": "Protestantisches Gemeindehaus Erfenbach",
                "street": "Kirchstraße 5",
                "postcode": "67659",
                "city": "Kaiserslautern",
                "district": "erfenbach",
                "latitude": 49.4703,
                "longitude": 7.7108,
                "by_appointment": False,
                "hours": [["mon", "18:00", "19:30"]],
                "exceptions": [],
            },
        ],
        "confirmed_days_ago": 8,
        "status": "published",
    },
    {
        "external_id": "kl-stiftskirche-sprachtreff-frauen",
        "organisation": "protestantische-stiftskirchengemeinde",
        "title": {
            "de": "Sprachtreff für Frauen an der Stiftskirche",
            "en": "Language meet-up for women at the Stiftskirche",
            "ar": "لقاء لغوي للنساء في كنيسة شتيفتسكيرشه",
            "uk": "Мовні зустрічі для жінок при церкві Штифтскірхе",
        },
        "summary": {
            "de": "Frauen üben gemeinsam Deutsch für den Alltag. Kleine Kinder dürfen mitkommen.",
            "en": (
                "Women practise everyday German together. Small children are welcome to come along."
            ),
            "ar": "تتدرّب النساء معاً على ألمانية الحياة اليومية. يمكن إحضار الأطفال الصغار.",
            "uk": (
                "Жінки разом практикують німецьку для повсякдення. Малих дітей можна брати з собою."
            ),
        },
        "description": {
            "de": (
                "<p>Jeden Donnerstag treffen sich Frauen aus vielen Ländern im Gemeindehaus an der "
                "Stiftskirche. Ehrenamtliche Lehrerinnen üben mit Ihnen Gespräche beim Einkaufen, "
                "beim Arzt und in der Schule Ihrer Kinder.</p><p>Der Sprachtreff ist kein Kurs mit "
                "Prüfung. Sie können jederzeit einsteigen. In einer Spielecke werden kleine Kinder "
                "betreut.</p><p><strong>Zeit:</strong> Donnerstag, 9:30 bis 11:30 Uhr. Keine "
                "Anmeldung nötig.</p>"
            ),
            "en": (
                "<p>Every Thursday women from many countries meet in the parish hall next to the "
                "Stiftskirche. Volunteer teachers practise conversations with you: when shopping, "
                "at the doctor’s and at your children’s school.</p><p>The meet-up is not a course "
                "with an exam. You can join at any time. Small children are looked after in a play "
                "corner.</p><p><strong>Time:</strong> Thursday, 9:30 am to 11:30 am. No "
                "registration needed.</p>"
            ),
            "ar": (
                "<p>كل يوم خميس تلتقي نساء من بلدان كثيرة في قاعة الرعية بجوار كنيسة شتيفتسكيرشه. "
                "تتدرّب معك معلّمات متطوعات على المحادثة عند التسوّق وعند الطبيب وفي مدرسة "
                "أطفالك.</p><p>هذا اللقاء ليس دورة تنتهي بامتحان، ويمكنك الانضمام في أي وقت. "
                "يُعتنى بالأطفال الصغار في ركن للّعب.</p><p><strong>الموعد:</strong> الخميس، من "
                "9:30 حتى 11:30. لا حاجة إلى التسجيل.</p>"
            ),
            "uk": (
                "<p>Щочетверга жінки з багатьох країн зустрічаються в парафіяльному домі біля "
                "церкви Штифтскірхе. Волонтерки-викладачки тренують з вами розмови в магазині, у "
                "лікаря та в школі ваших дітей.</p><p>Це не курс з іспитом. Приєднатися можна "
                "будь-коли. Про малих дітей дбають в ігровому куточку.</p><p><strong>Час:</strong> "
                "четвер, з 9:30 до 11:30. Реєстрація не потрібна.</p>"
            ),
        },
        "themes": ["sprachfoerderung"],
        "categories": ["language_course"],
        "target_groups": ["women", "families"],
        "languages": ["de"],
        "cost": "free",
        "cost_amount": None,
        "cost_note": {},
        "registration_required": False,
        "step_free": False,
        "hearing_loop": False,
        "online": False,
        "online_url": "",
        "valid_from_days": None,
        "valid_until_days": None,
        "contact": {
            "name": "Katrin Hess",
            "email": "gemeinde@stiftskirche-kl.example.org",
            "phone": "0631 555 0116",
        },
        "locations": [
            {
                "name": "Gemeindehaus an der Stiftskirche",
                "street": "Stiftsplatz 5",
                "postcode": "67655",
                "city": "Kaiserslautern",
                "district": "innenstadt-ost",
                "latitude": 49.4442,
                "longitude": 7.769,
                "by_appointment": False,
                "hours": [["thu", "09:30", "11:30"]],
                "exceptions": [],
            },
        ],
        "confirmed_days_ago": 66,
        "status": "published",
    },
    {
        "external_id": "kl-moschee-deutsch-lerngruppe-frauen",
        "organisation": "moscheeverein-kaiserslautern-west",
        "title": {
            "de": "Deutsch-Lerngruppe für Frauen im Moscheeverein West",
            "en": "German study group for women at the West mosque association",
            "ar": "مجموعة لتعلّم الألمانية للنساء في جمعية المسجد بالحي الغربي",
            "uk": "Група вивчення німецької для жінок при мечеті в районі Захід",
        },
        "summary": {
            "de": (
                "Samstags lernen Frauen zusammen Deutsch, mit Erklärungen auf Arabisch und "
                "Türkisch. Offen für alle Frauen."
            ),
            "en": (
                "Women learn German together on Saturdays, with explanations in Arabic and "
                "Turkish. Open to all women."
            ),
            "ar": (
                "تتعلّم النساء الألمانية معاً أيام السبت، مع شرح بالعربية والتركية. المجموعة "
                "مفتوحة لجميع النساء."
            ),
            "uk": (
                "По суботах жінки разом вивчають німецьку з поясненнями арабською й турецькою. "
                "Відкрито для всіх жінок."
            ),
        },
        "description": {
            "de": (
                "<p>Die Lerngruppe ist für Frauen, die schon einen Deutschkurs besuchen oder auf "
                "einen Kursplatz warten. Wir wiederholen Wörter, machen Hausaufgaben und üben für "
                "die Prüfung.</p><p>Zwei Lehrerinnen erklären bei Bedarf auf Arabisch und "
                "Türkisch. Die Gruppe ist offen für alle Frauen, egal welcher "
                "Religion.</p><p><strong>Zeit:</strong> Samstag, 10:00 bis 12:00 Uhr, im "
                "Frauenraum im ersten Stock. Bitte melden Sie sich kurz telefonisch an.</p>"
            ),
            "en": (
                "<p>The study group is for women who already attend a German course or are waiting "
                "for a place. We revise vocabulary, do homework and practise for the "
                "exam.</p><p>Two teachers explain in Arabic and Turkish when needed. The group is "
                "open to all women, whatever their religion.</p><p><strong>Time:</strong> "
                "Saturday, 10:00 am to 12 noon, in the women’s room on the first floor. Please "
                "register briefly by phone.</p>"
            ),
            "ar": (
                "<p>المجموعة مخصّصة للنساء اللواتي يحضرن دورة ألمانية أو ينتظرن مقعداً في دورة. "
                "نراجع المفردات ونحلّ الواجبات ونتدرّب على الامتحان.</p><p>تشرح معلّمتان بالعربية "
                "والتركية عند الحاجة. المجموعة مفتوحة لجميع النساء بغضّ النظر عن "
                "الدين.</p><p><strong>الموعد:</strong> السبت، من 10:00 حتى 12:00، في غرفة النساء "
                "في الطابق الأول. يرجى التسجيل بمكالمة هاتفية قصيرة.</p>"
            ),
            "uk": (
                "<p>Група призначена для жінок, які вже відвідують курс німецької або чекають на "
                "місце в курсі. Ми повторюємо слова, виконуємо домашні завдання й готуємося до "
                "іспиту.</p><p>За потреби дві викладачки пояснюють арабською та турецькою. Група "
                "відкрита для всіх жінок, незалежно від релігії.</p><p><strong>Час:</strong> "
                "субота, з 10:00 до 12:00, у жіночій кімнаті на другому поверсі. Будь ласка, "
                "коротко зареєструйтеся телефоном.</p>"
            ),
        },
        "themes": ["sprachfoerderung"],
        "categories": ["language_course"],
        "target_groups": ["women", "refugees"],
        "languages": ["de", "ar", "tr"],
        "cost": "free",
        "cost_amount": None,
        "cost_note": {},
        "registration_required": True,
        "step_free": False,
        "hearing_loop": False,
        "online": False,
        "online_url": "",
        "valid_from_days": None,
        "valid_until_days": None,
        "contact": {
            "name": "Aylin Demir",
            "email": "frauen@moschee-kl-west.example.org",
            "phone": "0631 555 0134",
        },
        "locations": [
            {
                "name": "Islamischer Kultur- und Moscheeverein Kaiserslautern-West",
                "street": "Slevogtstraße 30",
                "postcode": "67663",
                "city": "Kaiserslautern",
                "district": "kaiserslautern-west",
                "latitude": 49.4411,
                "longitude": 7.7321,
                "by_appointment": False,
                "hours": [["sat", "10:00", "12:00"]],
                "exceptions": [],
            },
        ],
        "confirmed_days_ago": 95,
        "status": "published",
    },
    {
        "external_id": "kl-lernzentrum-deutsch-kurs",
        "organisation": "lernzentrum-kaiserslautern",
        "title": {
            "de": "Deutsch-Kurs im Lernzentrum – lernen im eigenen Tempo",
            "en": "German course at the learning centre – learn at your own pace",
            "ar": "دورة الألمانية في مركز التعلّم – تعلّم بالسرعة التي تناسبك",
            "uk": "Курс німецької в Навчальному центрі – навчання у власному темпі",
        },
        "summary": {
            "de": (
                "Offener Deutsch-Kurs mit Lernbegleitung. Sie kommen, wann es Ihnen passt, und "
                "lernen mit Büchern, Computern und Lernbegleitern."
            ),
            "en": (
                "Open German course with learning mentors. Come when it suits you and learn with "
                "books, computers and mentors."
            ),
            "ar": (
                "دورة ألمانية مفتوحة مع مرافقة تعليمية. تأتي في الوقت الذي يناسبك وتتعلّم بالكتب "
                "والحواسيب وبمساعدة مرافقين."
            ),
            "uk": (
                "Відкритий курс німецької з навчальним супроводом. Приходьте, коли зручно, і "
                "вчіться з книжками, комп’ютерами та наставниками."
            ),
        },
        "description": {
            "de": (
                "<p>Im Lernzentrum gibt es keinen festen Kursbeginn. Beim ersten Besuch schauen "
                "wir gemeinsam, was Sie schon können. Dann bekommen Sie einen persönlichen "
                "Lernplan.</p><ul><li>Deutsch von A1 bis B2</li><li>Computerplätze mit "
                "Lernprogrammen</li><li>Hilfe bei Briefen von Ämtern und bei "
                "Bewerbungen</li></ul><p><strong>Öffnungszeiten:</strong> Montag bis Donnerstag "
                "9:00 bis 12:00 Uhr, Dienstag und Donnerstag zusätzlich 14:00 bis 17:00 Uhr. Der "
                "Besuch ist kostenlos.</p>"
            ),
            "en": (
                "<p>At the learning centre there is no fixed start date. On your first visit we "
                "look together at what you can already do. Then you get a personal learning "
                "plan.</p><ul><li>German from A1 to B2</li><li>Computer workstations with learning "
                "programs</li><li>Help with letters from public offices and with job "
                "applications</li></ul><p><strong>Opening hours:</strong> Monday to Thursday 9:00 "
                "am to 12 noon, Tuesday and Thursday also 2:00 pm to 5:00 pm. Attendance is "
                "free.</p>"
            ),
            "ar": (
                "<p>لا يوجد موعد ثابت لبدء الدورة في مركز التعلّم. في زيارتك الأولى نتعرّف معاً "
                "على ما تعرفه، ثم تحصل على خطة تعلّم شخصية.</p><ul><li>الألمانية من المستوى A1 حتى "
                "B2</li><li>أجهزة حاسوب مع برامج تعليمية</li><li>مساعدة في فهم رسائل الدوائر "
                "الرسمية وفي طلبات التوظيف</li></ul><p><strong>أوقات العمل:</strong> من الاثنين "
                "إلى الخميس من 9:00 حتى 12:00، ويومي الثلاثاء والخميس أيضاً من 14:00 حتى 17:00. "
                "الحضور مجاني.</p>"
            ),
            "uk": (
                "<p>У Навчальному центрі немає фіксованої дати початку курсу. Під час першого "
                "візиту ми разом з’ясуємо, що ви вже вмієте. Потім ви отримаєте особистий "
                "навчальний план.</p><ul><li>Німецька від A1 до B2</li><li>Комп’ютерні місця з "
                "навчальними програмами</li><li>Допомога з листами від установ і з заявками на "
                "роботу</li></ul><p><strong>Години роботи:</strong> з понеділка по четвер з 9:00 "
                "до 12:00, у вівторок і четвер також з 14:00 до 17:00. Відвідування "
                "безкоштовне.</p>"
            ),
        },
        "themes": ["sprachfoerderung"],
        "categories": ["language_course", "education"],
        "target_groups": ["everyone", "refugees", "eu_citizens"],
        "languages": ["de"],
        "cost": "free",
        "cost_amount": None,
        "cost_note": {},
        "registration_required": False,
        "step_free": True,
        "hearing_loop": False,
        "online": False,
        "online_url": "",
        "valid_from_days": None,
        "valid_until_days": None,
        "contact": {
            "name": "Petra Lindner",
            "email": "lernen@lernzentrum-kl.example.org",
            "phone": "0631 555 0108",
        },
        "locations": [
            {
                "name": "Lernzentrum Kaiserslautern",
                "street": "Fackelstraße 14",
                "postcode": "67655",
                "city": "Kaiserslautern",
                "district": "innenstadt-ost",
                "latitude": 49.4452,
                "longitude": 7.7664,
                "by_appointment": False,
                "hours": [
                    ["mon", "09:00", "12:00"],
                    ["tue", "09:00", "12:00"],
                    ["tue", "14:00", "17:00"],
                    ["wed", "09:00", "12:00"],
                    ["thu", "09:00", "12:00"],
                    ["thu", "14:00", "17:00"],
                ],
                "exceptions": [],
            },
        ],
        "confirmed_days_ago": 15,
        "status": "published",
    },
    {
        "external_id": "kl-lernzentrum-grundbildung-baennjerrueck",
        "organisation": "lernzentrum-kaiserslautern",
        "title": {
            "de": "Lesen und Schreiben für Erwachsene – Bännjerrück",
            "en": "Reading and writing for adults – Bännjerrück",
            "ar": "القراءة والكتابة للبالغين – بينيرروك",
            "uk": "Читання та письмо для дорослих – Беннєррюк",
        },
        "summary": {
            "de": (
                "Kleine Lerngruppe für Erwachsene, die besser lesen und schreiben möchten – auf "
                "Deutsch, egal welche Muttersprache."
            ),
            "en": (
                "Small study group for adults who want to read and write better – in German, "
                "whatever your first language."
            ),
            "ar": (
                "مجموعة تعلّم صغيرة للبالغين الذين يريدون تحسين القراءة والكتابة بالألمانية، أياً "
                "كانت لغتهم الأم."
            ),
            "uk": (
                "Невелика група для дорослих, які хочуть краще читати й писати німецькою, "
                "незалежно від рідної мови."
            ),
        },
        "description": {
            "de": (
                "<p>Manche Erwachsene sprechen gut Deutsch, können aber nur wenig lesen und "
                "schreiben. Das ist keine Schande. In der Grundbildungsgruppe üben Sie in Ruhe: "
                "Formulare ausfüllen, Briefe lesen, Nachrichten am Handy schreiben.</p><p>Die "
                "Gruppe trifft sich im Stadtteilbüro Bännjerrück. Alles bleibt "
                "vertraulich.</p><p><strong>Zeit:</strong> Mittwoch, 9:30 bis 11:30 Uhr. Bitte "
                "rufen Sie vorher kurz an.</p>"
            ),
            "en": (
                "<p>Some adults speak German well but can only read and write a little. There is "
                "nothing to be ashamed of. In the basic skills group you practise at your own "
                "pace: filling in forms, reading letters, writing messages on your "
                "phone.</p><p>The group meets at the Bännjerrück district office. Everything stays "
                "confidential.</p><p><strong>Time:</strong> Wednesday, 9:30 am to 11:30 am. Please "
                "call briefly beforehand.</p>"
            ),
            "ar": (
                "<p>بعض البالغين يتحدثون الألمانية جيداً لكنهم لا يقرؤون ولا يكتبون إلا قليلاً، "
                "وهذا ليس عيباً. في مجموعة التعليم الأساسي تتدرّب بهدوء على ملء الاستمارات وقراءة "
                "الرسائل وكتابة الرسائل على الهاتف.</p><p>تلتقي المجموعة في مكتب حي بينيرروك، وكل "
                "شيء يبقى سرياً.</p><p><strong>الموعد:</strong> الأربعاء، من 9:30 حتى 11:30. يرجى "
                "الاتصال بنا قبل الحضور.</p>"
            ),
            "uk": (
                "<p>Деякі дорослі добре говорять німецькою, але ледве читають і пишуть. У цьому "
                "немає нічого соромного. У групі базової освіти ви спокійно тренуєтеся заповнювати "
                "формуляри, читати листи й писати повідомлення в телефоні.</p><p>Група збирається "
                "в районному бюро Беннєррюк. Усе залишається "
                "конфіденційним.</p><p><strong>Час:</strong> середа, з 9:30 до 11:30. Будь ласка, "
                "заздалегідь зателефонуйте.</p>"
            ),
        },
        "themes": ["sprachfoerderung", "bildung-arbeit"],
        "categories": ["language_course", "education"],
        "target_groups": ["everyone"],
        "languages": ["de"],
        "cost": "free",
        "cost_amount": None,
        "cost_note": {},
        "registration_required": True,
        "step_free": True,
        "hearing_loop": False,
        "online": False,
        "online_url": "",
        "valid_from_days": None,
        "valid_until_days": None,
        "contact": {
            "name": "Petra Lindner",
            "email": "lernen@lernzentrum-kl.example.org",
            "phone": "0631 555 0108",
        },
        "locations": [
            {
                "name": "Stadtteilbüro Bännjerrück",
                "street": "Bännjerstraße 44",
                "postcode": "67663",
                "city": "Kaiserslautern",
                "district": "baennjerrueck-karl-pfaff-siedlung",
                "latitude": 49.4338,
                "longitude": 7.7426,
                "by_appointment": False,
                "hours": [["wed", "09:30", "11:30"]],
                "exceptions": [],
            },
        ],
        "confirmed_days_ago": 197,
        "status": "published",
    },
    {
        "external_id": "kl-mrija-deutschkurs-ukrainisch",
        "organisation": "ukrainischer-verein-mrija",
        "title": {
            "de": "Deutschkurs mit Erklärungen auf Ukrainisch (A1/A2)",
            "en": "German course with explanations in Ukrainian (A1/A2)",
            "ar": "دورة ألمانية مع شرح باللغة الأوكرانية (A1/A2)",
            "uk": "Курс німецької з поясненнями українською (A1/A2)",
        },
        "summary": {
            "de": (
                "Für Geflüchtete aus der Ukraine: Grammatik wird auf Ukrainisch erklärt, geübt "
                "wird auf Deutsch. Zweimal pro Woche am Abend."
            ),
            "en": (
                "For refugees from Ukraine: grammar is explained in Ukrainian, practice is in "
                "German. Twice a week in the evening."
            ),
            "ar": (
                "للاجئين من أوكرانيا: تُشرح القواعد بالأوكرانية ويجري التدريب بالألمانية. مرتين "
                "أسبوعياً في المساء."
            ),
            "uk": (
                "Для біженців з України: граматику пояснюють українською, а практикують німецькою. "
                "Двічі на тиждень увечері."
            ),
        },
        "description": {
            "de": (
                "<p>Der Verein Mrija bietet einen Sprachkurs für Erwachsene aus der Ukraine an. "
                "Die Kursleiterin war Deutschlehrerin in Charkiw und erklärt schwierige Grammatik "
                "auf Ukrainisch. Gesprochen und geübt wird auf Deutsch.</p><p>Der Kurs ersetzt "
                "keinen Integrationskurs. Er ist gut für die Wartezeit oder zum Wiederholen. Wir "
                "helfen Ihnen auch bei der Anmeldung zum "
                "Integrationskurs.</p><p><strong>Zeiten:</strong> Montag und Mittwoch, 18:00 bis "
                "19:30 Uhr. Anmeldung per E-Mail oder Telefon.</p>"
            ),
            "en": (
                "<p>The Mrija association offers a language course for adults from Ukraine. The "
                "course leader used to teach German in Kharkiv and explains difficult grammar in "
                "Ukrainian. Speaking and practice are in German.</p><p>The course does not replace "
                "an integration course. It is useful while you wait or for revision. We also help "
                "you register for an integration course.</p><p><strong>Times:</strong> Monday and "
                "Wednesday, 6:00 pm to 7:30 pm. Register by email or phone.</p>"
            ),
            "ar": (
                "<p>تقدّم جمعية مريا دورة لغة للبالغين القادمين من أوكرانيا. كانت مدرّبة الدورة "
                "معلّمة للغة الألمانية في خاركيف، وهي تشرح القواعد الصعبة بالأوكرانية، أما التحدث "
                "والتدريب فبالألمانية.</p><p>لا تحلّ هذه الدورة محلّ دورة الاندماج، لكنها مفيدة "
                "خلال فترة الانتظار أو للمراجعة. ونساعدك أيضاً في التسجيل في دورة "
                "الاندماج.</p><p><strong>المواعيد:</strong> الاثنين والأربعاء، من 18:00 حتى 19:30. "
                "التسجيل عبر البريد الإلكتروني أو الهاتف.</p>"
            ),
            "uk": (
                "<p>Товариство «Мрія» пропонує мовний курс для дорослих з України. Керівниця курсу "
                "викладала німецьку в Харкові й пояснює складну граматику українською. Говоримо й "
                "тренуємося німецькою.</p><p>Курс не замінює інтеграційний курс. Він підходить на "
                "час очікування або для повторення. Ми також допоможемо вам записатися на "
                "інтеграційний курс.</p><p><strong>Час:</strong> понеділок і середа, з 18:00 до "
                "19:30. Реєстрація електронною поштою або телефоном.</p>"
            ),
        },
        "themes": ["sprachfoerderung"],
        "categories": ["language_course"],
        "target_groups": ["refugees", "families"],
        "languages": ["uk", "de"],
        "cost": "free",
        "cost_amount": None,
        "cost_note": {},
        "registration_required": True,
        "step_free": False,
        "hearing_loop": False,
        "online": False,
        "online_url": "",
        "valid_from_days": None,
        "valid_until_days": None,
        "contact": {
            "name": "Olena Kovalenko",
            "email": "kontakt@mrija-kl.example.org",
            "phone": "0631 555 0124",
        },
        "locations": [
            {
                "name": "Vereinsräume Mrija",
                "street": "Donnersbergstraße 27",
                "postcode": "67657",
                "city": "Kaiserslautern",
                "district": "innenstadt-nord-kaiserberg",
                "latitude": 49.4521,
                "longitude": 7.7702,
                "by_appointment": False,
                "hours": [["mon", "18:00", "19:30"], ["wed", "18:00", "19:30"]],
                "exceptions": [],
            },
        ],
        "confirmed_days_ago": 40,
        "status": "published",
    },
    {
        "external_id": "kl-al-dschisr-deutsch-online-arabisch",
        "organisation": "deutsch-arabischer-kulturverein-al-dschisr",
        "title": {
            "de": "Online-Deutschkurs mit arabischer Erklärung",
            "en": "Online German course with explanations in Arabic",
            "ar": "دورة ألمانية عبر الإنترنت مع شرح باللغة العربية",
            "uk": "Онлайн-курс німецької з поясненнями арабською",
        },
        "summary": {
            "de": (
                "Deutsch lernen per Videokonferenz, die Grammatik wird auf Arabisch erklärt. Gut "
                "für Eltern, die abends zu Hause bleiben."
            ),
            "en": (
                "Learn German by video call, with grammar explained in Arabic. Ideal for parents "
                "who stay at home in the evening."
            ),
            "ar": (
                "تعلّم الألمانية عبر مكالمة فيديو مع شرح القواعد بالعربية. مناسبة للآباء والأمهات "
                "الذين يبقون في البيت مساءً."
            ),
            "uk": (
                "Вивчайте німецьку через відеозв’язок, граматику пояснюють арабською. Зручно для "
                "батьків, які ввечері вдома."
            ),
        },
        "description": {
            "de": (
                "<p>Der Verein Al-Dschisr bietet zweimal pro Woche einen Deutschkurs per Zoom an. "
                "Ein arabischsprachiger Lehrer erklärt die Grammatik, dann üben alle gemeinsam auf "
                "Deutsch. Sie brauchen nur ein Handy oder einen "
                "Computer.</p><p><strong>Zeiten:</strong> Sonntag und Mittwoch, 20:00 bis 21:00 "
                "Uhr. Die Zugangsdaten bekommen Sie nach der Anmeldung.</p><p>Der Kurs ist "
                "kostenlos. Er wird aus dem Innovationsfonds des Integrationskonzepts der Stadt "
                "gefördert.</p>"
            ),
            "en": (
                "<p>The Al-Dschisr association runs a German course on Zoom twice a week. An "
                "Arabic-speaking teacher explains the grammar, then everyone practises together in "
                "German. All you need is a phone or a computer.</p><p><strong>Times:</strong> "
                "Sunday and Wednesday, 8:00 pm to 9:00 pm. You receive the login details after "
                "registering.</p><p>The course is free. It is funded by the innovation fund of the "
                "city’s integration concept.</p>"
            ),
            "ar": (
                "<p>تقدّم جمعية الجسر دورة ألمانية عبر Zoom مرتين في الأسبوع. يشرح معلّم ناطق "
                "بالعربية القواعد، ثم يتدرّب الجميع معاً بالألمانية. كل ما تحتاجه هو هاتف أو "
                "حاسوب.</p><p><strong>المواعيد:</strong> الأحد والأربعاء، من 20:00 حتى 21:00. تصلك "
                "بيانات الدخول بعد التسجيل.</p><p>الدورة مجانية، وهي مموّلة من صندوق الابتكار "
                "التابع لمفهوم الاندماج في المدينة.</p>"
            ),
            "uk": (
                "<p>Товариство «Аль-Джиср» двічі на тиждень проводить курс німецької в Zoom. "
                "Арабомовний викладач пояснює граматику, а потім усі разом практикують німецькою. "
                "Потрібен лише телефон або комп’ютер.</p><p><strong>Час:</strong> неділя та "
                "середа, з 20:00 до 21:00. Дані для входу ви отримаєте після "
                "реєстрації.</p><p>Курс безкоштовний. Його фінансує інноваційний фонд міської "
                "концепції інтеграції.</p>"
            ),
        },
        "themes": ["sprachfoerderung"],
        "categories": ["language_course"],
        "target_groups": ["refugees", "families", "women"],
        "languages": ["ar", "de"],
        "cost": "free",
        "cost_amount": None,
        "cost_note": {},
        "registration_required": True,
        "step_free": True,
        "hearing_loop": False,
        "online": True,
        "online_url": "https://al-dschisr.example.org/deutsch-online",
        "valid_from_days": None,
        "valid_until_days": None,
        "contact": {
            "name": "Rami Haddad",
            "email": "info@al-dschisr.example.org",
            "phone": "0631 555 0123",
        },
        "locations": [],
        "confirmed_days_ago": 52,
        "status": "published",
    },
    {
        "external_id": "kl-freiwilligen-agentur-lernpatenschaften",
        "organisation": "freiwilligen-agentur-kaiserslautern",
        "title": {
            "de": "Qualifizierte Lernpatenschaften: Deutsch lernen mit Lernpatin oder Lernpate",
            "en": "Qualified learning mentorships: learn German with a volunteer mentor",
            "ar": "الإرشاد التعليمي المؤهَّل: تعلّم الألمانية مع مرشد أو مرشدة متطوعة",
            "uk": "Кваліфіковане навчальне наставництво: вивчайте німецьку з наставником",
        },
        "summary": {
            "de": (
                "Eine geschulte ehrenamtliche Lernpatin trifft sich einmal pro Woche mit Ihnen und "
                "übt Deutsch – passend zu Ihrem Kurs oder Beruf."
            ),
            "en": (
                "A trained volunteer mentor meets you once a week to practise German – matched to "
                "your course or job."
            ),
            "ar": (
                "تلتقي بك مرشدة متطوعة مدرَّبة مرة في الأسبوع لتتدرّبا على الألمانية بما يناسب "
                "دورتك أو مهنتك."
            ),
            "uk": (
                "Підготовлена наставниця-волонтерка раз на тиждень зустрічається з вами й "
                "практикує німецьку відповідно до вашого курсу чи професії."
            ),
        },
        "description": {
            "de": (
                "<p>Die Lernpatenschaften sind eine Maßnahme aus dem Integrationskonzept der "
                "Stadt. Die Lernpatinnen und Lernpaten sind geschult und begleiten Sie mindestens "
                "sechs Monate. Sie treffen sich in der Stadtbibliothek, im Stadtteilbüro oder im "
                "Café.</p><ul><li>Hilfe bei Hausaufgaben aus dem Integrationskurs</li><li>Übung "
                "für Prüfungen wie DTZ oder B2</li><li>Gespräche über Alltag und "
                "Arbeit</li></ul><p><strong>So finden Sie eine Lernpatenschaft:</strong> Kommen "
                "Sie in die Sprechstunde der Freiwilligen Agentur im Rathaus Nord oder rufen Sie "
                "an. Wir suchen eine passende Person für Sie.</p>"
            ),
            "en": (
                "<p>The learning mentorships are a measure of the city’s integration concept. The "
                "mentors are trained and support you for at least six months. You meet at the city "
                "library, a district office or a café.</p><ul><li>Help with homework from the "
                "integration course</li><li>Practice for exams such as the DTZ or "
                "B2</li><li>Conversations about everyday life and work</li></ul><p><strong>How to "
                "find a mentor:</strong> Come to the volunteer agency’s office hours at Rathaus "
                "Nord or give us a call. We will find a suitable person for you.</p>"
            ),
            "ar": (
                "<p>الإرشاد التعليمي إجراء من إجراءات مفهوم الاندماج في المدينة. المرشدات "
                "والمرشدون مدرَّبون ويرافقونك ستة أشهر على الأقل. تلتقيان في مكتبة المدينة أو في "
                "مكتب الحي أو في مقهى.</p><ul><li>مساعدة في واجبات دورة الاندماج</li><li>تدريب على "
                "امتحانات مثل DTZ أو B2</li><li>محادثات عن الحياة اليومية "
                "والعمل</li></ul><p><strong>كيف تجد مرشداً:</strong> تعال إلى ساعات الاستقبال في "
                "وكالة التطوع في مبنى البلدية الشمالي (Rathaus Nord) أو اتصل بنا، وسنبحث لك عن شخص "
                "مناسب.</p>"
            ),
            "uk": (
                "<p>Навчальне наставництво — це один із заходів міської концепції інтеграції. "
                "Наставниці й наставники пройшли підготовку і супроводжують вас щонайменше шість "
                "місяців. Ви зустрічаєтеся в міській бібліотеці, районному бюро або "
                "кав’ярні.</p><ul><li>Допомога з домашніми завданнями інтеграційного "
                "курсу</li><li>Підготовка до іспитів DTZ або B2</li><li>Розмови про повсякдення та "
                "роботу</li></ul><p><strong>Як знайти наставника:</strong> приходьте на "
                "консультаційні години Агенції волонтерів у Rathaus Nord або зателефонуйте. Ми "
                "підберемо для вас відповідну людину.</p>"
            ),
        },
        "themes": ["sprachfoerderung", "ehrenamt-beteiligung"],
        "categories": ["language_course", "education"],
        "target_groups": ["refugees", "eu_citizens", "skilled_workers", "everyone"],
        "languages": ["de"],
        "cost": "free",
        "cost_amount": None,
        "cost_note": {},
        "registration_required": True,
        "step_free": True,
        "hearing_loop": True,
        "online": False,
        "online_url": "",
        "valid_from_days": None,
        "valid_until_days": None,
        "contact": {
            "name": "Martina Scholl",
            "email": "lernpaten@freiwilligen-agentur-kl.example.org",
            "phone": "0631 555 0135",
        },
        "locations": [
            {
                "name": "Freiwilligen Agentur im Rathaus Nord",
                "street": "Benzinoring 1",
                "postcode": "67657",
                "city": "Kaiserslautern",
                "district": "innenstadt-nord-kaiserberg",
                "latitude": 49.4529,
                "longitude": 7.7668,
                "by_appointment": False,
                "hours": [["tue", "10:00", "12:00"], ["thu", "14:00", "16:00"]],
                "exceptions": [],
            },
        ],
        "confirmed_days_ago": 30,
        "status": "published",
    },
    {
        "external_id": "kl-projektbuero-lernpaten-schulung",
        "organisation": "projektbuero-integration",
        "title": {
            "de": "Schulung für neue Lernpatinnen und Lernpaten",
            "en": "Training for new volunteer learning mentors",
            "ar": "تدريب للمرشدين التعليميين المتطوعين الجدد",
            "uk": "Навчання для нових наставників-волонтерів",
        },
        "summary": {
            "de": (
                "Sie möchten Zugewanderten beim Deutschlernen helfen? An drei Abenden lernen Sie "
                "Methoden, Materialien und den Umgang mit Vielfalt."
            ),
            "en": (
                "Would you like to help immigrants learn German? Over three evenings you learn "
                "methods, materials and how to deal with diversity."
            ),
            "ar": (
                "هل تريد مساعدة المهاجرين في تعلّم الألمانية؟ خلال ثلاث أمسيات تتعرّف على أساليب "
                "ومواد تعليمية وكيفية التعامل مع التنوّع."
            ),
            "uk": (
                "Хочете допомагати мігрантам вивчати німецьку? За три вечори ви опануєте методи, "
                "матеріали та роботу з розмаїттям."
            ),
        },
        "description": {
            "de": (
                "<p>Die Schulung bereitet Ehrenamtliche auf eine Lernpatenschaft vor. Sie brauchen "
                "keine Ausbildung als Lehrkraft. Wichtig sind Geduld, Zeit und Freude am Kontakt "
                "mit Menschen. Auch Zugewanderte, die schon gut Deutsch sprechen, sind herzlich "
                "willkommen.</p><ul><li>Abend 1: Wie lernt man eine neue Sprache?</li><li>Abend 2: "
                "Materialien und Apps für Deutsch als Zweitsprache</li><li>Abend 3: "
                "Interkulturelle Kommunikation und Grenzen des "
                "Ehrenamts</li></ul><p><strong>Termine:</strong> drei Dienstage, jeweils 18:00 bis "
                "20:30 Uhr, im Rathaus. Die Schulung ist kostenlos. Bitte melden Sie sich beim "
                "Projektbüro Integration an.</p>"
            ),
            "en": (
                "<p>The training prepares volunteers for a learning mentorship. You do not need to "
                "be a trained teacher. What matters is patience, time and enjoying contact with "
                "people. Immigrants who already speak good German are very welcome "
                "too.</p><ul><li>Evening 1: How do people learn a new language?</li><li>Evening 2: "
                "Materials and apps for German as a second language</li><li>Evening 3: "
                "Intercultural communication and the limits of "
                "volunteering</li></ul><p><strong>Dates:</strong> three Tuesdays, 6:00 pm to 8:30 "
                "pm each, at the town hall. The training is free. Please register with the Project "
                "Office for Integration.</p>"
            ),
            "ar": (
                "<p>يُعِدّ التدريب المتطوعين للإرشاد التعليمي. لا تحتاج إلى تأهيل كمعلّم، فالمهم "
                "هو الصبر والوقت وحب التواصل مع الناس. ونرحّب أيضاً بالمهاجرين الذين يتقنون "
                "الألمانية جيداً.</p><ul><li>الأمسية الأولى: كيف نتعلّم لغة جديدة؟</li><li>الأمسية "
                "الثانية: مواد وتطبيقات لتعليم الألمانية كلغة ثانية</li><li>الأمسية الثالثة: "
                "التواصل بين الثقافات وحدود العمل التطوعي</li></ul><p><strong>المواعيد:</strong> "
                "ثلاثة أيام ثلاثاء، من 18:00 حتى 20:30، في مبنى البلدية. التدريب مجاني. يرجى "
                "التسجيل لدى مكتب مشروع الاندماج.</p>"
            ),
            "uk": (
                "<p>Навчання готує волонтерів до навчального наставництва. Педагогічна освіта не "
                "потрібна. Важливі терпіння, час і радість від спілкування з людьми. Мігранти, які "
                "вже добре володіють німецькою, теж дуже бажані.</p><ul><li>Вечір 1: Як люди "
                "вивчають нову мову?</li><li>Вечір 2: Матеріали й застосунки для німецької як "
                "другої мови</li><li>Вечір 3: Міжкультурна комунікація та межі "
                "волонтерства</li></ul><p><strong>Дати:</strong> три вівторки, щоразу з 18:00 до "
                "20:30, у ратуші. Навчання безкоштовне. Будь ласка, зареєструйтеся в Проєктному "
                "бюро з питань інтеграції.</p>"
            ),
        },
        "themes": ["ehrenamt-beteiligung", "sprachfoerderung"],
        "categories": ["education"],
        "target_groups": ["everyone"],
        "languages": ["de"],
        "cost": "free",
        "cost_amount": None,
        "cost_note": {},
        "registration_required": True,
        "step_free": True,
        "hearing_loop": True,
        "online": False,
        "online_url": "",
        "valid_from_days": 14,
        "valid_until_days": 42,
        "contact": {
            "name": "Daniel Ferreira",
            "email": "integration@kaiserslautern.example.org",
            "phone": "0631 555 0101",
        },
        "locations": [
            {
                "name": "Rathaus Kaiserslautern",
                "street": "Willy-Brandt-Platz 1",
                "postcode": "67657",
                "city": "Kaiserslautern",
                "district": "innenstadt-ost",
                "latitude": 49.4439,
                "longitude": 7.7716,
                "by_appointment": False,
                "hours": [["tue", "18:00", "20:30"]],
                "exceptions": [],
            },
        ],
        "confirmed_days_ago": 3,
        "status": "in_review",
    },
    {
        "external_id": "kl-rptu-deutsch-studienvorbereitung",
        "organisation": "rptu-kaiserslautern",
        "title": {
            "de": "Deutsch für das Studium: Vorbereitung auf DSH und TestDaF",
            "en": "German for university: preparation for DSH and TestDaF",
            "ar": "الألمانية للدراسة الجامعية: التحضير لامتحاني DSH وTestDaF",
            "uk": "Німецька для навчання в університеті: підготовка до DSH і TestDaF",
        },
        "summary": {
            "de": (
                "Studienvorbereitender Sprachkurs der RPTU für Geflüchtete mit Hochschulzugang. "
                "Kostenlos, mit Studienberatung."
            ),
            "en": (
                "University preparation language course at RPTU for refugees who qualify for "
                "higher education. Free, with study advice."
            ),
            "ar": (
                "دورة لغة تحضيرية للدراسة في جامعة RPTU للاجئين المؤهلين للالتحاق بالجامعة. مجانية "
                "ومع استشارة دراسية."
            ),
            "uk": (
                "Підготовчий мовний курс RPTU для біженців, які мають право вступу до вишу. "
                "Безкоштовно, з консультацією щодо навчання."
            ),
        },
        "description": {
            "de": (
                "<p>Sie möchten an der RPTU oder an einer anderen Hochschule studieren? Der Kurs "
                "führt von B2 zu C1 und bereitet auf die Sprachprüfungen DSH oder TestDaF vor. Sie "
                "üben wissenschaftliches Schreiben, verstehen Vorlesungen und halten "
                "Referate.</p><p>Der Kurs wird über das Programm „Integra“ des DAAD gefördert und "
                "ist für Geflüchtete kostenlos. Das International Office berät Sie auch zur "
                "Bewerbung und zur Anerkennung Ihrer Zeugnisse.</p><p><strong>Zeiten:</strong> "
                "Montag bis Donnerstag, 9:00 bis 13:00 Uhr, auf dem Campus in Gebäude 42. "
                "Bewerbung bis sechs Wochen vor Semesterbeginn.</p>"
            ),
            "en": (
                "<p>Would you like to study at RPTU or another university? The course takes you "
                "from B2 to C1 and prepares you for the DSH or TestDaF language exams. You "
                "practise academic writing, following lectures and giving presentations.</p><p>The "
                "course is funded by the DAAD’s “Integra” programme and is free for refugees. The "
                "International Office also advises you on applications and the recognition of your "
                "certificates.</p><p><strong>Times:</strong> Monday to Thursday, 9:00 am to 1:00 "
                "pm, on campus in building 42. Apply up to six weeks before the semester "
                "starts.</p>"
            ),
            "ar": (
                "<p>هل تريد الدراسة في جامعة RPTU أو في جامعة أخرى؟ تنقلك الدورة من المستوى B2 إلى "
                "C1 وتُعِدّك لامتحاني اللغة DSH أو TestDaF. تتدرّب على الكتابة الأكاديمية وفهم "
                "المحاضرات وتقديم العروض.</p><p>الدورة مموّلة من برنامج «Integra» التابع للهيئة "
                "الألمانية للتبادل الأكاديمي (DAAD)، وهي مجانية للاجئين. ويقدّم لك المكتب الدولي "
                "أيضاً استشارة حول التقديم والاعتراف بشهاداتك.</p><p><strong>المواعيد:</strong> من "
                "الاثنين إلى الخميس، من 9:00 حتى 13:00، في الحرم الجامعي، المبنى 42. التقديم حتى "
                "ستة أسابيع قبل بداية الفصل الدراسي.</p>"
            ),
            "uk": (
                "<p>Бажаєте навчатися в RPTU чи іншому виші? Курс веде від рівня B2 до C1 і готує "
                "до мовних іспитів DSH або TestDaF. Ви тренуєте академічне письмо, розуміння "
                "лекцій і виступи з доповідями.</p><p>Курс фінансується програмою «Integra» "
                "Німецької служби академічних обмінів (DAAD) і безкоштовний для біженців. "
                "Міжнародний відділ також консультує щодо вступу та визнання ваших документів про "
                "освіту.</p><p><strong>Час:</strong> з понеділка по четвер, з 9:00 до 13:00, на "
                "кампусі в будівлі 42. Подати заявку можна не пізніше ніж за шість тижнів до "
                "початку семестру.</p>"
            ),
        },
        "themes": ["sprachfoerderung", "bildung-arbeit"],
        "categories": ["language_course", "education"],
        "target_groups": ["refugees", "young_people", "skilled_workers"],
        "languages": ["de", "en"],
        "cost": "free",
        "cost_amount": None,
        "cost_note": {},
        "registration_required": True,
        "step_free": True,
        "hearing_loop": False,
        "online": False,
        "online_url": "",
        "valid_from_days": None,
        "valid_until_days": None,
        "contact": {
            "name": "Dr. Miriam Schäfer",
            "email": "international@rptu.example.org",
            "phone": "0631 555 0114",
        },
        "locations": [
            {
                "name": "RPTU Kaiserslautern, Gebäude 42",
                "street": "Gottlieb-Daimler-Straße 42",
                "postcode": "67663",
                "city": "Kaiserslautern",
                "district": "laemmchesberg-universitaetswohnstadt",
                "latitude": 49.4246,
                "longitude": 7.7531,
                "by_appointment": False,
                "hours": [
                    ["mon", "09:00", "13:00"],
                    ["tue", "09:00", "13:00"],
                    ["wed", "09:00", "13:00"],
                    ["thu", "09:00", "13:00"],
                ],
                "exceptions": [],
            },
        ],
        "confirmed_days_ago": 77,
        "status": "published",
    },
    {
        "external_id": "kl-hochschule-deutschkurs-studieninteressierte",
        "organisation": "hochschule-kaiserslautern",
        "title": {
            "de": "Sprachkurs Deutsch B1–B2 für internationale Studieninteressierte",
            "en": "German course B1–B2 for international prospective students",
            "ar": "دورة لغة ألمانية B1–B2 للراغبين الدوليين في الدراسة",
            "uk": "Курс німецької B1–B2 для іноземних абітурієнтів",
        },
        "summary": {
            "de": (
                "Abendkurs der Hochschule Kaiserslautern auf dem Campus Kammgarn. Mit Einblicken "
                "in Studiengänge aus Technik, Design und Wirtschaft."
            ),
            "en": (
                "Evening course at Kaiserslautern University of Applied Sciences on the Kammgarn "
                "campus, with insights into engineering, design and business programmes."
            ),
            "ar": (
                "دورة مسائية في جامعة كايزرسلاوترن للعلوم التطبيقية في حرم كامغارن، مع تعرّف على "
                "تخصصات الهندسة والتصميم والاقتصاد."
            ),
            "uk": (
                "Вечірній курс Гохшуле Кайзерслаутерн на кампусі Каммгарн, зі знайомством зі "
                "спеціальностями з техніки, дизайну та економіки."
            ),
        },
        "description": {
            "de": (
                "<p>Der Kurs richtet sich an Menschen, die ein Studium an der Hochschule planen "
                "und ihr Deutsch auf B2 bringen möchten. Studierende aus dem Buddy-Programm "
                "begleiten die Gruppe und zeigen Labore und "
                "Hörsäle.</p><p><strong>Zeiten:</strong> Dienstag und Donnerstag, 17:30 bis 20:00 "
                "Uhr, zwölf Wochen lang.</p><p><strong>Kosten:</strong> 280 € für den ganzen Kurs. "
                "Geflüchtete können beim International Office eine Kostenübernahme beantragen.</p>"
            ),
            "en": (
                "<p>The course is for people who plan to study at the university and want to bring "
                "their German up to B2. Students from the buddy programme accompany the group and "
                "show you labs and lecture halls.</p><p><strong>Times:</strong> Tuesday and "
                "Thursday, 5:30 pm to 8:00 pm, for twelve weeks.</p><p><strong>Cost:</strong> €280 "
                "for the whole course. Refugees can apply to the International Office to have the "
                "fee covered.</p>"
            ),
            "ar": (
                "<p>الدورة موجّهة لمن يخطط للدراسة في الجامعة ويريد رفع مستواه في الألمانية إلى "
                "B2. يرافق المجموعةَ طلابٌ من برنامج «الرفيق» (Buddy) ويعرّفونها على المختبرات "
                "وقاعات المحاضرات.</p><p><strong>المواعيد:</strong> الثلاثاء والخميس، من 17:30 حتى "
                "20:00، لمدة اثني عشر أسبوعاً.</p><p><strong>التكلفة:</strong> 280 يورو للدورة "
                "كاملة. يمكن للاجئين أن يطلبوا من المكتب الدولي تغطية التكاليف.</p>"
            ),
            "uk": (
                "<p>Курс для тих, хто планує навчатися в Гохшуле і хоче підтягнути німецьку до "
                "рівня B2. Студенти з програми Buddy супроводжують групу й показують лабораторії "
                "та аудиторії.</p><p><strong>Час:</strong> вівторок і четвер, з 17:30 до 20:00, "
                "протягом дванадцяти тижнів.</p><p><strong>Вартість:</strong> 280 € за весь курс. "
                "Біженці можуть подати до Міжнародного відділу заяву на покриття витрат.</p>"
            ),
        },
        "themes": ["sprachfoerderung", "bildung-arbeit"],
        "categories": ["language_course", "education"],
        "target_groups": ["young_people", "skilled_workers", "everyone"],
        "languages": ["de", "en"],
        "cost": "amount",
        "cost_amount": "280.00",
        "cost_note": {
            "de": "Für Geflüchtete ist eine Kostenübernahme auf Antrag möglich.",
            "en": "Refugees can apply to have the fee covered.",
            "ar": "يمكن للاجئين تقديم طلب لتغطية التكاليف.",
            "uk": "Біженці можуть подати заяву на покриття вартості.",
        },
        "registration_required": True,
        "step_free": True,
        "hearing_loop": False,
        "online": False,
        "online_url": "",
        "valid_from_days": 30,
        "valid_until_days": 115,
        "contact": {
            "name": "Julian Becker",
            "email": "international@hs-kl.example.org",
            "phone": "0631 555 0115",
        },
        "locations": [
            {
                "name": "Hochschule Kaiserslautern, Campus Kammgarn",
                "street": "Schoenstraße 13",
                "postcode": "67659",
                "city": "Kaiserslautern",
                "district": "innenstadt-nord-kaiserberg",
                "latitude": 49.4493,
                "longitude": 7.7627,
                "by_appointment": False,
                "hours": [["tue", "17:30", "20:00"], ["thu", "17:30", "20:00"]],
                "exceptions": [],
            },
        ],
        "confirmed_days_ago": 21,
        "status": "published",
    },
    {
        "external_id": "kl-buergerbuero-deutsch-us-familien",
        "organisation": "deutsch-amerikanisches-buergerbuero",
        "title": {
            "de": "Deutsch für US-Familien: Alltagsdeutsch für Einsteiger",
            "en": "German for US families: everyday German for beginners",
            "ar": "الألمانية للعائلات الأمريكية: ألمانية الحياة اليومية للمبتدئين",
            "uk": "Німецька для американських родин: повсякденна німецька для початківців",
        },
        "summary": {
            "de": (
                "Zehn Abende Deutsch für Angehörige der US-Streitkräfte und ihre Familien. "
                "Unterricht auf Englisch und Deutsch in Einsiedlerhof."
            ),
            "en": (
                "Ten evenings of German for members of the US forces and their families. Taught in "
                "English and German in Einsiedlerhof."
            ),
            "ar": (
                "عشر أمسيات لتعلّم الألمانية لأفراد القوات الأمريكية وعائلاتهم. التدريس "
                "بالإنجليزية والألمانية في أينزيدلرهوف."
            ),
            "uk": (
                "Десять вечорів німецької для військовослужбовців США та їхніх родин. Навчання "
                "англійською й німецькою в Айнзідлергофі."
            ),
        },
        "description": {
            "de": (
                "<p>Einkaufen, Arzttermine, Gespräche mit den Nachbarn: In diesem Kurs lernen "
                "US-Bürgerinnen und -Bürger die wichtigsten Sätze für das Leben in Kaiserslautern. "
                "Die Lehrerin erklärt auf Englisch. Jugendliche ab 14 Jahren können mit ihren "
                "Eltern teilnehmen.</p><p>Das Deutsch-Amerikanische Bürgerbüro organisiert den "
                "Kurs zusammen mit der Volkshochschule. Am letzten Abend besuchen wir gemeinsam "
                "den Wochenmarkt.</p><p><strong>Zeit:</strong> Mittwoch, 18:30 bis 20:00 Uhr, im "
                "Bürgerhaus Einsiedlerhof. <strong>Kosten:</strong> 120 € pro Person, Jugendliche "
                "zahlen die Hälfte.</p>"
            ),
            "en": (
                "<p>Shopping, doctor’s appointments, chatting with the neighbours: in this course "
                "US citizens learn the most important phrases for life in Kaiserslautern. The "
                "teacher explains in English. Teenagers aged 14 and over can join with their "
                "parents.</p><p>The German-American Community Office runs the course together with "
                "the adult education centre. On the last evening we visit the farmers’ market "
                "together.</p><p><strong>Time:</strong> Wednesday, 6:30 pm to 8:00 pm, at the "
                "Einsiedlerhof community centre. <strong>Cost:</strong> €120 per person, teenagers "
                "pay half.</p>"
            ),
            "ar": (
                "<p>التسوّق ومواعيد الطبيب والحديث مع الجيران: في هذه الدورة يتعلّم المواطنون "
                "الأمريكيون أهم العبارات للحياة في كايزرسلاوترن. تشرح المعلّمة بالإنجليزية، ويمكن "
                "للشباب من عمر 14 عاماً المشاركة مع والديهم.</p><p>ينظّم المكتب الألماني الأمريكي "
                "للمواطنين الدورة بالتعاون مع الجامعة الشعبية. وفي الأمسية الأخيرة نزور السوق "
                "الأسبوعي معاً.</p><p><strong>الموعد:</strong> الأربعاء، من 18:30 حتى 20:00، في "
                "دار المواطنين في أينزيدلرهوف. <strong>التكلفة:</strong> 120 يورو للشخص، ويدفع "
                "الشباب نصف المبلغ.</p>"
            ),
            "uk": (
                "<p>Покупки, візити до лікаря, розмови із сусідами: на цьому курсі громадяни США "
                "вивчають найважливіші фрази для життя в Кайзерслаутерні. Викладачка пояснює "
                "англійською. Підлітки від 14 років можуть навчатися разом із "
                "батьками.</p><p>Німецько-американське бюро для громадян організовує курс разом із "
                "Volkshochschule. Останнього вечора ми разом ідемо на тижневий "
                "ринок.</p><p><strong>Час:</strong> середа, з 18:30 до 20:00, у громадському "
                "центрі Айнзідлергофа. <strong>Вартість:</strong> 120 € з особи, підлітки платять "
                "половину.</p>"
            ),
        },
        "themes": ["sprachfoerderung"],
        "categories": ["language_course"],
        "target_groups": ["us_community", "families"],
        "languages": ["en", "de"],
        "cost": "amount",
        "cost_amount": "120.00",
        "cost_note": {
            "de": "Jugendliche von 14 bis 17 Jahren zahlen 60 €.",
            "en": "Teenagers aged 14 to 17 pay €60.",
            "ar": "يدفع الشباب من 14 إلى 17 عاماً 60 يورو.",
            "uk": "Підлітки від 14 до 17 років платять 60 €.",
        },
        "registration_required": True,
        "step_free": True,
        "hearing_loop": False,
        "online": False,
        "online_url": "",
        "valid_from_days": None,
        "valid_until_days": None,
        "contact": {
            "name": "Karen Mitchell-Weber",
            "email": "gaco@kaiserslautern.example.org",
            "phone": "0631 555 0111",
        },
        "locations": [
            {
                "name": "Bürgerhaus Einsiedlerhof",
                "street": "Kaiserstraße 140",
                "postcode": "67661",
                "city": "Kaiserslautern",
                "district": "einsiedlerhof",
                "latitude": 49.4419,
                "longitude": 7.6633,
                "by_appointment": False,
                "hours": [["wed", "18:30", "20:00"]],
                "exceptions": [],
            },
        ],
        "confirmed_days_ago": 18,
        "status": "published",
    },
    {
        "external_id": "kl-buergerbuero-german-online-us",
        "organisation": "deutsch-amerikanisches-buergerbuero",
        "title": {
            "de": "Online-Gesprächsrunde Deutsch für Amerikanerinnen und Amerikaner",
            "en": "Online German conversation group for Americans",
            "ar": "حلقة محادثة بالألمانية عبر الإنترنت للأمريكيين",
            "uk": "Онлайн-розмовна група німецької для американців",
        },
        "summary": {
            "de": (
                "Jeden Montagabend per Video Deutsch sprechen – für US-Bürger in Stadt und "
                "Landkreis, die schon Grundkenntnisse haben."
            ),
            "en": (
                "Speak German by video every Monday evening – for US citizens in the city and "
                "district who already know the basics."
            ),
            "ar": (
                "تحدّث الألمانية عبر الفيديو مساء كل يوم اثنين، للمواطنين الأمريكيين في المدينة "
                "والمقاطعة ممن لديهم معرفة أساسية."
            ),
            "uk": (
                "Щопонеділка ввечері розмовляйте німецькою по відео – для громадян США в місті та "
                "окрузі з базовими знаннями."
            ),
        },
        "description": {
            "de": (
                "<p>In der Gesprächsrunde üben Sie, was Sie im Kurs gelernt haben: beim Bäcker "
                "bestellen, mit dem Vermieter telefonieren, Smalltalk auf dem Weihnachtsmarkt. "
                "Eine Moderatorin aus dem Bürgerbüro hilft, wenn Wörter fehlen.</p><p>Die Runde "
                "ist kostenlos und findet online statt, damit auch Familien aus Ramstein, "
                "Landstuhl und dem Landkreis teilnehmen können.</p><p><strong>Zeit:</strong> "
                "Montag, 19:00 bis 20:00 Uhr. Den Link erhalten Sie nach der Anmeldung per "
                "E-Mail.</p>"
            ),
            "en": (
                "<p>In the conversation group you practise what you have learnt in class: ordering "
                "at the bakery, calling your landlord, small talk at the Christmas market. A host "
                "from the community office helps when words are missing.</p><p>The group is free "
                "and takes place online, so families from Ramstein, Landstuhl and the wider "
                "district can join too.</p><p><strong>Time:</strong> Monday, 7:00 pm to 8:00 pm. "
                "You receive the link by email after registering.</p>"
            ),
            "ar": (
                "<p>في حلقة المحادثة تتدرّب على ما تعلّمته في الدورة: الطلب في المخبز، والاتصال "
                "بالمؤجّر، والدردشة في سوق عيد الميلاد. تساعدك مُيسِّرة من المكتب عندما تنقصك "
                "الكلمات.</p><p>الحلقة مجانية وتُعقد عبر الإنترنت، حتى تتمكّن العائلات من رامشتاين "
                "ولاندشتول والمقاطعة من المشاركة أيضاً.</p><p><strong>الموعد:</strong> الاثنين، من "
                "19:00 حتى 20:00. يصلك الرابط بالبريد الإلكتروني بعد التسجيل.</p>"
            ),
            "uk": (
                "<p>У розмовній групі ви практикуєте те, що вивчили на курсі: замовити в пекарні, "
                "зателефонувати орендодавцю, поспілкуватися на різдвяному ярмарку. Модераторка з "
                "бюро допоможе, коли бракує слів.</p><p>Участь безкоштовна, зустрічі онлайн, тож "
                "долучитися можуть і родини з Рамштайна, Ландштуля та "
                "округу.</p><p><strong>Час:</strong> понеділок, з 19:00 до 20:00. Посилання ви "
                "отримаєте електронною поштою після реєстрації.</p>"
            ),
        },
        "themes": ["sprachfoerderung"],
        "categories": ["language_course"],
        "target_groups": ["us_community"],
        "languages": ["de", "en"],
        "cost": "free",
        "cost_amount": None,
        "cost_note": {},
        "registration_required": True,
        "step_free": True,
        "hearing_loop": False,
        "online": True,
        "online_url": "https://buergerbuero.kaiserslautern.example.org/german-online",
        "valid_from_days": None,
        "valid_until_days": None,
        "contact": {
            "name": "Karen Mitchell-Weber",
            "email": "gaco@kaiserslautern.example.org",
            "phone": "0631 555 0111",
        },
        "locations": [],
        "confirmed_days_ago": 2,
        "status": "in_review",
    },
    {
        "external_id": "kl-buergerbuero-arbeiten-us-angehoerige",
        "organisation": "deutsch-amerikanisches-buergerbuero",
        "title": {
            "de": "Arbeiten in Deutschland: Infoabend für Angehörige der US-Streitkräfte",
            "en": "Working in Germany: information evening for US forces family members",
            "ar": "العمل في ألمانيا: أمسية معلومات لأفراد عائلات القوات الأمريكية",
            "uk": "Робота в Німеччині: інформаційний вечір для родин військових США",
        },
        "summary": {
            "de": (
                "Wie finde ich eine Stelle bei einem deutschen Arbeitgeber? Was muss ich über "
                "Erlaubnis, Steuern und Anerkennung wissen?"
            ),
            "en": (
                "How do I find a job with a German employer? What do I need to know about permits, "
                "taxes and recognition?"
            ),
            "ar": (
                "كيف أجد وظيفة لدى صاحب عمل ألماني؟ وما الذي يجب أن أعرفه عن التصاريح والضرائب "
                "والاعتراف بالشهادات؟"
            ),
            "uk": (
                "Як знайти роботу в німецького роботодавця? Що треба знати про дозволи, податки та "
                "визнання дипломів?"
            ),
        },
        "description": {
            "de": (
                "<p>Viele Ehepartnerinnen und Ehepartner von US-Soldaten möchten in Kaiserslautern "
                "arbeiten. An diesem Abend erklären das Bürgerbüro, die Agentur für Arbeit und die "
                "IHK die wichtigsten Schritte: Arbeitserlaubnis, Steuern, Sozialversicherung und "
                "Anerkennung von US-Abschlüssen.</p><p>Danach beantworten die Fachleute Ihre "
                "Fragen. Die Veranstaltung ist auf Englisch, Unterlagen gibt es auf Englisch und "
                "Deutsch.</p><p><strong>Termin:</strong> Donnerstag, 18:00 bis 20:00 Uhr, im "
                "Rathaus Nord. Bitte melden Sie sich an.</p>"
            ),
            "en": (
                "<p>Many spouses of US service members would like to work in Kaiserslautern. On "
                "this evening the community office, the employment agency and the IHK explain the "
                "key steps: work permit, taxes, social insurance and recognition of US "
                "qualifications.</p><p>Afterwards the experts answer your questions. The event is "
                "in English; handouts are available in English and "
                "German.</p><p><strong>Date:</strong> Thursday, 6:00 pm to 8:00 pm, at Rathaus "
                "Nord. Please register.</p>"
            ),
            "ar": (
                "<p>كثير من أزواج وزوجات الجنود الأمريكيين يرغبون في العمل في كايزرسلاوترن. في هذه "
                "الأمسية يشرح المكتب الألماني الأمريكي للمواطنين ووكالة العمل وغرفة الصناعة "
                "والتجارة أهم الخطوات: تصريح العمل والضرائب والتأمين الاجتماعي والاعتراف بالشهادات "
                "الأمريكية.</p><p>بعد ذلك يجيب المختصون عن أسئلتكم. الفعالية باللغة الإنجليزية، "
                "والمواد المكتوبة متوفرة بالإنجليزية والألمانية.</p><p><strong>الموعد:</strong> "
                "الخميس، من 18:00 حتى 20:00، في مبنى البلدية الشمالي (Rathaus Nord). يرجى "
                "التسجيل.</p>"
            ),
            "uk": (
                "<p>Чимало дружин і чоловіків військовослужбовців США хочуть працювати в "
                "Кайзерслаутерні. Цього вечора бюро для громадян, Агентура з праці та IHK пояснять "
                "головні кроки: дозвіл на роботу, податки, соціальне страхування та визнання "
                "американських дипломів.</p><p>Потім фахівці відповідатимуть на ваші запитання. "
                "Захід проходить англійською, матеріали є англійською та "
                "німецькою.</p><p><strong>Дата:</strong> четвер, з 18:00 до 20:00, у Rathaus Nord. "
                "Будь ласка, зареєструйтеся.</p>"
            ),
        },
        "themes": ["bildung-arbeit"],
        "categories": ["work_training"],
        "target_groups": ["us_community", "skilled_workers"],
        "languages": ["en"],
        "cost": "free",
        "cost_amount": None,
        "cost_note": {},
        "registration_required": True,
        "step_free": True,
        "hearing_loop": True,
        "online": False,
        "online_url": "",
        "valid_from_days": 20,
        "valid_until_days": 50,
        "contact": {
            "name": "Karen Mitchell-Weber",
            "email": "gaco@kaiserslautern.example.org",
            "phone": "0631 555 0111",
        },
        "locations": [
            {
                "name": "Rathaus Nord",
                "street": "Benzinoring 1",
                "postcode": "67657",
                "city": "Kaiserslautern",
                "district": "innenstadt-nord-kaiserberg",
                "latitude": 49.4529,
                "longitude": 7.7668,
                "by_appointment": False,
                "hours": [["thu", "18:00", "20:00"]],
                "exceptions": [],
            },
        ],
        "confirmed_days_ago": 1,
        "status": "draft",
    },
    {
        "external_id": "kl-ihk-anerkennungsberatung",
        "organisation": "ihk-pfalz-kaiserslautern",
        "title": {
            "de": "Anerkennung ausländischer Berufsabschlüsse: Beratung bei der IHK",
            "en": "Recognition of foreign vocational qualifications: advice at the IHK",
            "ar": "الاعتراف بالشهادات المهنية الأجنبية: استشارة في غرفة الصناعة والتجارة",
            "uk": "Визнання іноземних професійних кваліфікацій: консультація в IHK",
        },
        "summary": {
            "de": (
                "Sie haben im Ausland einen Beruf gelernt, etwa als Kauffrau, Elektroniker oder "
                "Mechatronikerin? Wir klären mit Ihnen, wie Ihr Abschluss anerkannt wird."
            ),
            "en": (
                "Did you train for a profession abroad, for example in retail, electronics or "
                "mechatronics? We work out with you how to get it recognised."
            ),
            "ar": (
                "هل تعلّمت مهنة في الخارج، مثلاً في التجارة أو الإلكترونيات أو الميكاترونيكس؟ "
                "نوضّح معك كيف يُعترف بشهادتك."
            ),
            "uk": (
                "Ви здобули професію за кордоном, наприклад у торгівлі, електроніці чи "
                "мехатроніці? Ми разом з’ясуємо, як її визнати."
            ),
        },
        "description": {
            "de": (
                "<p>Ein anerkannter Abschluss bringt bessere Chancen auf Arbeit und Lohn. Die IHK "
                "berät zu allen Industrie- und Handelsberufen. Wir erklären, welche Unterlagen und "
                "Übersetzungen Sie brauchen und was das Verfahren kostet.</p><ul><li>Zeugnisse und "
                "Arbeitsnachweise (für das erste Gespräch reichen Kopien)</li><li>Lebenslauf in "
                "Tabellenform</li><li>Ausweis oder Aufenthaltstitel</li></ul><p>Den Antrag "
                "bearbeitet die IHK FOSA in Nürnberg. Für die Kosten gibt es Zuschüsse, zum "
                "Beispiel den Anerkennungszuschuss. <strong>Beratung nur mit Termin.</strong></p>"
            ),
            "en": (
                "<p>A recognised qualification improves your chances of finding work and earning a "
                "fair wage. The IHK advises on all industrial and commercial occupations. We "
                "explain which documents and translations you need and what the procedure "
                "costs.</p><ul><li>Certificates and proof of work experience (copies are enough "
                "for the first meeting)</li><li>CV in table form</li><li>ID card or residence "
                "permit</li></ul><p>Applications are processed by IHK FOSA in Nuremberg. Grants "
                "are available for the costs, for example the recognition grant. <strong>Advice by "
                "appointment only.</strong></p>"
            ),
            "ar": (
                "<p>الشهادة المعترف بها تزيد فرصك في العمل والحصول على أجر أفضل. تقدّم غرفة "
                "الصناعة والتجارة الاستشارة في جميع المهن الصناعية والتجارية. نشرح لك الوثائق "
                "والترجمات التي تحتاجها وتكلفة الإجراءات.</p><ul><li>الشهادات وإثباتات الخبرة "
                "العملية (تكفي النسخ للقاء الأول)</li><li>سيرة ذاتية على شكل جدول</li><li>بطاقة "
                "الهوية أو تصريح الإقامة</li></ul><p>تعالج الطلبَ هيئةُ IHK FOSA في نورنبرغ. وتوجد "
                "منح لتغطية التكاليف، مثل منحة الاعتراف. <strong>الاستشارة بموعد مسبق "
                "فقط.</strong></p>"
            ),
            "uk": (
                "<p>Визнаний диплом дає кращі шанси на роботу й зарплату. IHK консультує щодо всіх "
                "промислових і торговельних професій. Ми пояснимо, які документи й переклади "
                "потрібні та скільки коштує процедура.</p><ul><li>Свідоцтва та підтвердження "
                "досвіду роботи (для першої зустрічі достатньо копій)</li><li>Резюме у формі "
                "таблиці</li><li>Посвідчення особи або дозвіл на проживання</li></ul><p>Заяву "
                "розглядає IHK FOSA в Нюрнберзі. На покриття витрат є субсидії, наприклад субсидія "
                "на визнання. <strong>Консультація лише за попереднім записом.</strong></p>"
            ),
        },
        "themes": ["bildung-arbeit"],
        "categories": ["education", "work_training"],
        "target_groups": ["skilled_workers", "refugees", "eu_citizens"],
        "languages": ["de", "en"],
        "cost": "free",
        "cost_amount": None,
        "cost_note": {},
        "registration_required": True,
        "step_free": True,
        "hearing_loop": False,
        "online": False,
        "online_url": "",
        "valid_from_days": None,
        "valid_until_days": None,
        "contact": {
            "name": "Nadine Brenner",
            "email": "anerkennung@ihk-pfalz.example.org",
            "phone": "0631 555 0136",
        },
        "locations": [
            {
                "name": "IHK Pfalz – Geschäftsstelle Kaiserslautern",
                "street": "Europaallee 18",
                "postcode": "67657",
                "city": "Kaiserslautern",
                "district": "innenstadt-nord-kaiserberg",
                "latitude": 49.4512,
                "longitude": 7.7829,
                "by_appointment": True,
                "hours": [
                    ["mon", "09:00", "12:00"],
                    ["wed", "09:00", "12:00"],
                    ["thu", "13:00", "16:00"],
                ],
                "exceptions": [],
            },
        ],
        "confirmed_days_ago": 49,
        "status": "published",
    },
    {
        "external_id": "kl-ihk-anerkennung-videosprechstunde",
        "organisation": "ihk-pfalz-kaiserslautern",
        "title": {
            "de": "Videosprechstunde Anerkennung – auch vor der Einreise",
            "en": "Video consultation on recognition – also before you arrive",
            "ar": "استشارة بالفيديو حول الاعتراف بالشهادات – حتى قبل القدوم إلى ألمانيا",
            "uk": "Відеоконсультація щодо визнання – навіть до приїзду",
        },
        "summary": {
            "de": (
                "Fachkräfte im Ausland und in Kaiserslautern lassen sich per Video zur Anerkennung "
                "ihres Berufsabschlusses beraten."
            ),
            "en": (
                "Skilled workers abroad and in Kaiserslautern can get advice by video on having "
                "their qualification recognised."
            ),
            "ar": (
                "يمكن للكفاءات المهنية في الخارج وفي كايزرسلاوترن الحصول على استشارة بالفيديو حول "
                "الاعتراف بشهاداتهم المهنية."
            ),
            "uk": (
                "Фахівці за кордоном і в Кайзерслаутерні можуть отримати відеоконсультацію щодо "
                "визнання своєї кваліфікації."
            ),
        },
        "description": {
            "de": (
                "<p>Sie leben noch im Ausland und haben ein Jobangebot aus der Pfalz? Oder Sie "
                "können tagsüber nicht zur IHK kommen? Dann buchen Sie einen Termin in der "
                "Videosprechstunde. Ein Gespräch dauert etwa 30 Minuten.</p><p>Beraten wird auf "
                "Deutsch oder Englisch. Halten Sie Ihre Zeugnisse bereit, am besten als Scan oder "
                "Foto.</p><p><strong>Termine:</strong> Dienstag 14:00 bis 17:00 Uhr und Freitag "
                "9:00 bis 12:00 Uhr. Buchung über <a "
                'href="https://kaiserslautern.ihk-pfalz.example.org/anerkennung-video">die Website '
                "der IHK</a>.</p>"
            ),
            "en": (
                "<p>Are you still living abroad and have a job offer from the Palatinate? Or can’t "
                "you come to the IHK during the day? Then book a slot in the video consultation. A "
                "session takes about 30 minutes.</p><p>Advice is given in German or English. Have "
                "your certificates ready, ideally as a scan or "
                "photo.</p><p><strong>Slots:</strong> Tuesday 2:00 pm to 5:00 pm and Friday 9:00 "
                "am to 12 noon. Book via <a "
                'href="https://kaiserslautern.ihk-pfalz.example.org/anerkennung-video">the IHK '
                "website</a>.</p>"
            ),
            "ar": (
                "<p>هل ما زلت تعيش في الخارج ولديك عرض عمل من منطقة بفالتس؟ أو لا تستطيع الحضور "
                "إلى الغرفة خلال النهار؟ احجز إذن موعداً للاستشارة بالفيديو. تستغرق الجلسة نحو 30 "
                "دقيقة.</p><p>تُقدَّم الاستشارة بالألمانية أو الإنجليزية. جهّز شهاداتك، ويُفضَّل "
                "أن تكون ممسوحة ضوئياً أو مصوّرة.</p><p><strong>المواعيد:</strong> الثلاثاء من "
                "14:00 حتى 17:00 والجمعة من 9:00 حتى 12:00. الحجز عبر <a "
                'href="https://kaiserslautern.ihk-pfalz.example.org/anerkennung-video">موقع غرفة '
                "الصناعة والتجارة</a>.</p>"
            ),
            "uk": (
                "<p>Ви ще живете за кордоном і маєте пропозицію роботи з Пфальцу? Або не можете "
                "прийти до IHK вдень? Тоді запишіться на відеоконсультацію. Розмова триває близько "
                "30 хвилин.</p><p>Консультація німецькою або англійською. Підготуйте свої "
                "документи про освіту, найкраще у вигляді скану чи "
                "фото.</p><p><strong>Час:</strong> вівторок з 14:00 до 17:00 і п’ятниця з 9:00 до "
                "12:00. Запис через <a "
                'href="https://kaiserslautern.ihk-pfalz.example.org/anerkennung-video">сайт '
                "IHK</a>.</p>"
            ),
        },
        "themes": ["bildung-arbeit"],
        "categories": ["education", "work_training"],
        "target_groups": ["skilled_workers", "eu_citizens"],
        "languages": ["de", "en"],
        "cost": "free",
        "cost_amount": None,
        "cost_note": {},
        "registration_required": True,
        "step_free": True,
        "hearing_loop": False,
        "online": True,
        "online_url": "https://kaiserslautern.ihk-pfalz.example.org/anerkennung-video",
        "valid_from_days": None,
        "valid_until_days": None,
        "contact": {
            "name": "Nadine Brenner",
            "email": "anerkennung@ihk-pfalz.example.org",
            "phone": "0631 555 0136",
        },
        "locations": [],
        "confirmed_days_ago": 70,
        "status": "published",
    },
    {
        "external_id": "kl-hwk-anerkennung-handwerk",
        "organisation": "handwerkskammer-der-pfalz",
        "title": {
            "de": "Anerkennung im Handwerk: Beratung zu Gesellen- und Meisterbrief",
            "en": (
                "Recognition in skilled trades: advice on journeyman and master craftsman "
                "certificates"
            ),
            "ar": "الاعتراف في مجال الحِرف: استشارة حول شهادة الحِرفي وشهادة الأستاذية",
            "uk": "Визнання в ремеслі: консультація щодо диплома підмайстра та майстра",
        },
        "summary": {
            "de": (
                "Friseurin, Tischler, Kfz-Mechatroniker: Die Handwerkskammer prüft, ob Ihr "
                "ausländischer Abschluss einem deutschen Gesellen- oder Meisterbrief entspricht."
            ),
            "en": (
                "Hairdresser, carpenter, car mechatronics technician: the Chamber of Crafts checks "
                "whether your foreign qualification matches a German one."
            ),
            "ar": (
                "مصفّفة شعر أو نجّار أو فني ميكاترونيكس سيارات: تفحص غرفة الحِرف ما إذا كانت "
                "شهادتك الأجنبية تعادل شهادة ألمانية."
            ),
            "uk": (
                "Перукарка, столяр, автомехатронік: Ремісницька палата перевіряє, чи відповідає "
                "ваш іноземний диплом німецькому."
            ),
        },
        "description": {
            "de": (
                "<p>Für Handwerksberufe ist die Handwerkskammer der Pfalz zuständig. Wir "
                "vergleichen Ihre Ausbildung mit dem deutschen Beruf. Fehlen Teile, zeigen wir "
                "Ihnen Wege zur vollen Anerkennung, zum Beispiel eine Anpassungsqualifizierung in "
                "einem Betrieb.</p><p>Sie haben keine Zeugnisse mehr, etwa nach einer Flucht? Dann "
                "ist eine Qualifikationsanalyse möglich: Sie zeigen Ihr Können in einer "
                "praktischen Arbeitsprobe.</p><p><strong>Beratung:</strong> nach "
                "Terminvereinbarung, Montag bis Donnerstag. Bringen Sie Zeugnisse und Lebenslauf "
                "mit, gern auch ohne Übersetzung.</p>"
            ),
            "en": (
                "<p>The Palatinate Chamber of Crafts is responsible for skilled trades. We compare "
                "your training with the German occupation. If parts are missing, we show you ways "
                "to full recognition, for example an adaptation training in a company.</p><p>No "
                "longer have your certificates, for example after fleeing your country? Then a "
                "skills analysis is possible: you show what you can do in a practical work "
                "test.</p><p><strong>Advice:</strong> by appointment, Monday to Thursday. Bring "
                "your certificates and CV, even without a translation.</p>"
            ),
            "ar": (
                "<p>غرفة الحِرف في بفالتس هي الجهة المختصة بالمهن الحِرفية. نقارن تدريبك بالمهنة "
                "الألمانية المماثلة، وإذا نقصت بعض الأجزاء نوضّح لك طرق الحصول على اعتراف كامل، "
                "مثل التأهيل التكميلي في إحدى الشركات.</p><p>هل فقدت شهاداتك، مثلاً بسبب اللجوء؟ "
                "يمكن عندها إجراء تحليل للمؤهلات: تُظهر مهارتك في اختبار عمل "
                "تطبيقي.</p><p><strong>الاستشارة:</strong> بموعد مسبق، من الاثنين إلى الخميس. أحضر "
                "شهاداتك وسيرتك الذاتية، ولو من دون ترجمة.</p>"
            ),
            "uk": (
                "<p>За ремісничі професії відповідає Ремісницька палата Пфальцу. Ми порівнюємо "
                "вашу освіту з відповідною німецькою професією. Якщо чогось бракує, покажемо шляхи "
                "до повного визнання, наприклад адаптаційне навчання на підприємстві.</p><p>У вас "
                "більше немає документів, наприклад після втечі? Тоді можливий аналіз "
                "кваліфікації: ви показуєте свої вміння в практичному "
                "завданні.</p><p><strong>Консультація:</strong> за попереднім записом, з понеділка "
                "по четвер. Принесіть документи про освіту й резюме, можна й без перекладу.</p>"
            ),
        },
        "themes": ["bildung-arbeit"],
        "categories": ["education", "work_training"],
        "target_groups": ["skilled_workers", "refugees"],
        "languages": ["de", "en"],
        "cost": "free",
        "cost_amount": None,
        "cost_note": {},
        "registration_required": True,
        "step_free": True,
        "hearing_loop": False,
        "online": False,
        "online_url": "",
        "valid_from_days": None,
        "valid_until_days": None,
        "contact": {
            "name": "Claudia Metzger",
            "email": "anerkennung@hwk-pfalz.example.org",
            "phone": "0631 555 0137",
        },
        "locations": [
            {
                "name": "Handwerkskammer der Pfalz",
                "street": "Am Altenhof 17",
                "postcode": "67655",
                "city": "Kaiserslautern",
                "district": "innenstadt-ost",
                "latitude": 49.4431,
                "longitude": 7.7659,
                "by_appointment": True,
                "hours": [
                    ["mon", "08:00", "16:00"],
                    ["tue", "08:00", "16:00"],
                    ["wed", "08:00", "16:00"],
                    ["thu", "08:00", "16:00"],
                ],
                "exceptions": [],
            },
        ],
        "confirmed_days_ago": 88,
        "status": "published",
    },
    {
        "external_id": "kl-pfarrei-hausaufgabenhilfe",
        "organisation": "katholische-pfarrei-heiliger-martin",
        "title": {
            "de": "Hausaufgabenhilfe für Schulkinder – Innenstadt und Hohenecken",
            "en": "Homework help for schoolchildren – city centre and Hohenecken",
            "ar": "المساعدة في الواجبات المدرسية لأطفال المدارس – وسط المدينة وهوهنكن",
            "uk": "Допомога з домашніми завданнями для школярів – центр міста та Гоенеккен",
        },
        "summary": {
            "de": (
                "Ehrenamtliche helfen Kindern von der 1. bis zur 7. Klasse bei den Hausaufgaben. "
                "Kostenlos, für alle Kinder."
            ),
            "en": (
                "Volunteers help children in years 1 to 7 with their homework. Free of charge and "
                "open to all children."
            ),
            "ar": (
                "يساعد متطوعون الأطفال من الصف الأول حتى السابع في واجباتهم المدرسية. مجاناً "
                "ولجميع الأطفال."
            ),
            "uk": (
                "Волонтери допомагають дітям з 1-го по 7-й клас із домашніми завданнями. "
                "Безкоштовно, для всіх дітей."
            ),
        },
        "description": {
            "de": (
                "<p>Nach der Schule machen die Kinder in kleinen Gruppen ihre Hausaufgaben. "
                "Ehrenamtliche aus der Pfarrei erklären Mathe, Deutsch und Sachkunde. Es gibt auch "
                "einen kleinen Imbiss.</p><ul><li>Innenstadt, Pfarrzentrum St. Martin: Montag bis "
                "Donnerstag, 14:00 bis 16:00 Uhr</li><li>Hohenecken, Pfarrheim: Dienstag und "
                "Donnerstag, 14:30 bis 16:00 Uhr</li></ul><p>Die Hilfe ist kostenlos und für alle "
                "Kinder, egal welcher Religion. Eltern melden ihr Kind bitte im Pfarrbüro an.</p>"
            ),
            "en": (
                "<p>After school the children do their homework in small groups. Volunteers from "
                "the parish explain maths, German and general science. There is also a small "
                "snack.</p><ul><li>City centre, St. Martin parish centre: Monday to Thursday, 2:00 "
                "pm to 4:00 pm</li><li>Hohenecken, parish hall: Tuesday and Thursday, 2:30 pm to "
                "4:00 pm</li></ul><p>The help is free and open to all children, whatever their "
                "religion. Parents please register their child at the parish office.</p>"
            ),
            "ar": (
                "<p>بعد المدرسة يحلّ الأطفال واجباتهم في مجموعات صغيرة. يشرح متطوعون من الرعية "
                "الرياضيات والألمانية والعلوم العامة، وتُقدَّم أيضاً وجبة خفيفة.</p><ul><li>وسط "
                "المدينة، مركز رعية القديس مارتن: من الاثنين إلى الخميس، من 14:00 حتى "
                "16:00</li><li>هوهنكن، قاعة الرعية: الثلاثاء والخميس، من 14:30 حتى "
                "16:00</li></ul><p>المساعدة مجانية ولجميع الأطفال بغضّ النظر عن الدين. يرجى من "
                "الأهل تسجيل أطفالهم في مكتب الرعية.</p>"
            ),
            "uk": (
                "<p>Після школи діти виконують домашні завдання в невеликих групах. Волонтери "
                "парафії пояснюють математику, німецьку та природознавство. Є також невеликий "
                "перекус.</p><ul><li>Центр міста, парафіяльний центр Св. Мартина: з понеділка по "
                "четвер, з 14:00 до 16:00</li><li>Гоенеккен, парафіяльний дім: вівторок і четвер, "
                "з 14:30 до 16:00</li></ul><p>Допомога безкоштовна й відкрита для всіх дітей, "
                "незалежно від релігії. Батьків просимо записати дитину в парафіяльному бюро.</p>"
            ),
        },
        "themes": ["bildung-arbeit"],
        "categories": ["education", "children_family"],
        "target_groups": ["families", "young_people"],
        "languages": ["de"],
        "cost": "free",
        "cost_amount": None,
        "cost_note": {},
        "registration_required": True,
        "step_free": True,
        "hearing_loop": False,
        "online": False,
        "online_url": "",
        "valid_from_days": None,
        "valid_until_days": None,
        "contact": {
            "name": "Anna Weiß",
            "email": "pfarrbuero@st-martin-kl.example.org",
            "phone": "0631 555 0117",
        },
        "locations": [
            {
                "name": "Pfarrzentrum St. Martin",
                "street": "Martinsplatz 6",
                "postcode": "67657",
                "city": "Kaiserslautern",
                "district": "innenstadt-ost",
                "latitude": 49.4446,
                "longitude": 7.7679,
                "by_appointment": False,
                "hours": [
                    ["mon", "14:00", "16:00"],
                    ["tue", "14:00", "16:00"],
                    ["wed", "14:00", "16:00"],
                    ["thu", "14:00", "16:00"],
                ],
                "exceptions": [],
            },
            {
                "name": "Pfarrheim Hohenecken",
                "street": "Schloßstraße 12",
                "postcode": "67661",
                "city": "Kaiserslautern",
                "district": "hohenecken",
                "latitude": 49.4194,
                "longitude": 7.7188,
                "by_appointment": False,
                "hours": [["tue", "14:30", "16:00"], ["thu", "14:30", "16:00"]],
                "exceptions": [],
            },
        ],
        "confirmed_days_ago": 263,
        "status": "published",
    },
    {
        "external_id": "kl-vhs-schulabschluss-nachholen",
        "organisation": "volkshochschule-kaiserslautern",
        "title": {
            "de": "Schulabschluss nachholen: Berufsreife und Sekundarabschluss I",
            "en": (
                "Catch up on your school-leaving certificate: Berufsreife and Sekundarabschluss I"
            ),
            "ar": "الحصول لاحقاً على الشهادة المدرسية: Berufsreife وشهادة المرحلة الثانوية الأولى",
            "uk": "Здобути шкільний атестат: Berufsreife та Sekundarabschluss I",
        },
        "summary": {
            "de": (
                "Zweiter Bildungsweg an der Volkshochschule: in zehn Monaten zum Schulabschluss, "
                "mit Deutschförderung für Zugewanderte."
            ),
            "en": (
                "Second-chance education at the adult education centre: a school-leaving "
                "certificate in ten months, with German support for immigrants."
            ),
            "ar": (
                "التعليم عبر الطريق الثاني في الجامعة الشعبية: شهادة مدرسية خلال عشرة أشهر، مع دعم "
                "في اللغة الألمانية للمهاجرين."
            ),
            "uk": (
                "Друга освітня можливість у Volkshochschule: шкільний атестат за десять місяців, з "
                "підтримкою з німецької для мігрантів."
            ),
        },
        "description": {
            "de": (
                "<p>Ohne Schulabschluss ist es schwer, einen Ausbildungsplatz zu finden. Im Kurs "
                "lernen Sie Deutsch, Mathematik, Englisch und Gesellschaftslehre. Am Ende "
                "schreiben Sie eine staatliche Prüfung.</p><p><strong>Voraussetzungen:</strong> "
                "Sie sind mindestens 18 Jahre alt und sprechen Deutsch auf Niveau B1. Ein "
                "Schulabschluss aus Ihrem Herkunftsland ist nicht nötig. Sozialpädagoginnen helfen "
                "bei Fragen zu Geld, Wohnen und Praktikum.</p><p><strong>Zeiten:</strong> Montag "
                "bis Freitag, 8:30 bis 13:00 Uhr. Infotermin jeden ersten Mittwoch im Monat um 14 "
                "Uhr in der Volkshochschule.</p>"
            ),
            "en": (
                "<p>Without a school-leaving certificate it is hard to find an apprenticeship. In "
                "the course you study German, maths, English and social studies. At the end you "
                "sit a state exam.</p><p><strong>Requirements:</strong> you are at least 18 years "
                "old and speak German at B1 level. You do not need a school certificate from your "
                "home country. Social workers help with questions about money, housing and "
                "internships.</p><p><strong>Times:</strong> Monday to Friday, 8:30 am to 1:00 pm. "
                "Information session on the first Wednesday of every month at 2 pm at the adult "
                "education centre.</p>"
            ),
            "ar": (
                "<p>من دون شهادة مدرسية يصعب العثور على مكان للتدريب المهني. في هذه الدورة تدرس "
                "الألمانية والرياضيات والإنجليزية والعلوم الاجتماعية، وفي النهاية تؤدي امتحاناً "
                "رسمياً.</p><p><strong>الشروط:</strong> أن يكون عمرك 18 عاماً على الأقل وأن تتحدث "
                "الألمانية بمستوى B1. لا تحتاج إلى شهادة مدرسية من بلدك الأصلي. تساعدك أخصائيات "
                "اجتماعيات في الأسئلة المتعلقة بالمال والسكن والتدريب "
                "العملي.</p><p><strong>المواعيد:</strong> من الاثنين إلى الجمعة، من 8:30 حتى "
                "13:00. لقاء إعلامي في أول أربعاء من كل شهر الساعة 14:00 في الجامعة الشعبية.</p>"
            ),
            "uk": (
                "<p>Без шкільного атестата важко знайти місце для професійного навчання. На курсі "
                "ви вивчаєте німецьку, математику, англійську та суспільствознавство. Наприкінці "
                "складаєте державний іспит.</p><p><strong>Умови:</strong> вам щонайменше 18 років, "
                "і ви володієте німецькою на рівні B1. Атестат із країни походження не потрібен. "
                "Соціальні педагогині допомагають із питаннями про гроші, житло та "
                "практику.</p><p><strong>Час:</strong> з понеділка по п’ятницю, з 8:30 до 13:00. "
                "Інформаційна зустріч щопершої середи місяця о 14:00 у Volkshochschule.</p>"
            ),
        },
        "themes": ["bildung-arbeit"],
        "categories": ["education"],
        "target_groups": ["young_people", "refugees", "everyone"],
        "languages": ["de"],
        "cost": "free",
        "cost_amount": None,
        "cost_note": {
            "de": "Kostenlos, gefördert vom Land Rheinland-Pfalz und vom Europäischen Sozialfonds.",
            "en": "Free, funded by the state of Rhineland-Palatinate and the European Social Fund.",
            "ar": "مجاناً، بتمويل من ولاية راينلاند بفالتس والصندوق الاجتماعي الأوروبي.",
            "uk": (
                "Безкоштовно, фінансується землею Рейнланд-Пфальц і Європейським соціальним фондом."
            ),
        },
        "registration_required": True,
        "step_free": True,
        "hearing_loop": True,
        "online": False,
        "online_url": "",
        "valid_from_days": -60,
        "valid_until_days": 270,
        "contact": {
            "name": "Thomas Reinhardt",
            "email": "schulabschluss@vhs-kl.example.org",
            "phone": "0631 555 0133",
        },
        "locations": [
            {
                "name": "Volkshochschule Kaiserslautern",
                "street": "Kanalstraße 5",
                "postcode": "67655",
                "city": "Kaiserslautern",
                "district": "innenstadt-ost",
                "latitude": 49.4436,
                "longitude": 7.7701,
                "by_appointment": False,
                "hours": [
                    ["mon", "08:30", "13:00"],
                    ["tue", "08:30", "13:00"],
                    ["wed", "08:30", "13:00"],
                    ["thu", "08:30", "13:00"],
                    ["fri", "08:30", "13:00"],
                ],
                "exceptions": [],
            },
        ],
        "confirmed_days_ago": 38,
        "status": "published",
    },
    {
        "external_id": "kl-jmd-bildungsberatung",
        "organisation": "ib-jugendmigrationsdienst",
        "title": {
            "de": "Bildungsberatung für junge Zugewanderte: Schule, Ausbildung, Studium",
            "en": "Education advice for young immigrants: school, training, university",
            "ar": "استشارة تعليمية للشباب المهاجرين: المدرسة والتدريب المهني والجامعة",
            "uk": "Освітня консультація для молодих мігрантів: школа, фах, університет",
        },
        "summary": {
            "de": (
                "Der Jugendmigrationsdienst hilft jungen Menschen von 12 bis 27 Jahren, den "
                "passenden Bildungsweg in Deutschland zu finden."
            ),
            "en": (
                "The youth migration service helps young people aged 12 to 27 find the right "
                "educational path in Germany."
            ),
            "ar": (
                "تساعد خدمة هجرة الشباب الشبابَ من 12 إلى 27 عاماً على إيجاد المسار التعليمي "
                "المناسب في ألمانيا."
            ),
            "uk": (
                "Молодіжна міграційна служба допомагає молоді від 12 до 27 років знайти свій "
                "освітній шлях у Німеччині."
            ),
        },
        "description": {
            "de": (
                "<p>Welche Schule passt zu mir? Wie finde ich einen Ausbildungsplatz? Kann ich in "
                "Deutschland studieren? Im Jugendmigrationsdienst planen wir mit Ihnen Schritt für "
                "Schritt Ihren Bildungsweg.</p><ul><li>Beratung zu Schulanmeldung, Sprachkursen "
                "und Anerkennung von Zeugnissen</li><li>Hilfe bei Bewerbungen für Praktikum und "
                "Ausbildung</li><li>Begleitung über längere Zeit, wenn Sie das "
                "möchten</li></ul><p><strong>Offene Sprechstunde:</strong> Dienstag 14:00 bis "
                "17:00 Uhr und Donnerstag 10:00 bis 12:00 Uhr, sonst nach Vereinbarung. Beratung "
                "auch auf Arabisch, Dari und Englisch.</p>"
            ),
            "en": (
                "<p>Which school is right for me? How do I find an apprenticeship? Can I study in "
                "Germany? At the youth migration service we plan your educational path with you, "
                "step by step.</p><ul><li>Advice on school registration, language courses and "
                "recognition of certificates</li><li>Help with applications for internships and "
                "apprenticeships</li><li>Longer-term support if you "
                "wish</li></ul><p><strong>Drop-in hours:</strong> Tuesday 2:00 pm to 5:00 pm and "
                "Thursday 10:00 am to 12 noon, otherwise by appointment. Advice also in Arabic, "
                "Dari and English.</p>"
            ),
            "ar": (
                "<p>أي مدرسة تناسبني؟ كيف أجد مكاناً للتدريب المهني؟ هل يمكنني الدراسة في ألمانيا؟ "
                "في خدمة هجرة الشباب نخطّط معك مسارك التعليمي خطوة بخطوة.</p><ul><li>استشارة حول "
                "التسجيل في المدرسة ودورات اللغة والاعتراف بالشهادات</li><li>مساعدة في طلبات "
                "التدريب العملي والتدريب المهني</li><li>مرافقة لفترة أطول إذا رغبت في "
                "ذلك</li></ul><p><strong>ساعات الاستقبال المفتوحة:</strong> الثلاثاء من 14:00 حتى "
                "17:00 والخميس من 10:00 حتى 12:00، وفي غير ذلك بموعد مسبق. الاستشارة متاحة أيضاً "
                "بالعربية والدارية والإنجليزية.</p>"
            ),
            "uk": (
                "<p>Яка школа мені підходить? Як знайти місце для професійного навчання? Чи можу я "
                "навчатися в університеті в Німеччині? У Молодіжній міграційній службі ми крок за "
                "кроком плануємо з вами ваш освітній шлях.</p><ul><li>Консультації щодо запису до "
                "школи, мовних курсів і визнання документів про освіту</li><li>Допомога із "
                "заявками на практику та професійне навчання</li><li>Тривалий супровід, якщо ви "
                "цього бажаєте</li></ul><p><strong>Відкриті консультаційні години:</strong> "
                "вівторок з 14:00 до 17:00 і четвер з 10:00 до 12:00, в інший час — за "
                "домовленістю. Консультації також арабською, дарі та англійською.</p>"
            ),
        },
        "themes": ["bildung-arbeit"],
        "categories": ["education", "work_training"],
        "target_groups": ["young_people", "refugees", "eu_citizens"],
        "languages": ["de", "ar", "prs", "en"],
        "cost": "free",
        "cost_amount": None,
        "cost_note": {},
        "registration_required": False,
        "step_free": True,
        "hearing_loop": False,
        "online": False,
        "online_url": "",
        "valid_from_days": None,
        "valid_until_days": None,
        "contact": {
            "name": "Yusuf Karaca",
            "email": "jmd@ib-kl.example.org",
            "phone": "0631 555 0106",
        },
        "locations": [
            {
                "name": "Jugendmigrationsdienst im Internationalen Bund",
                "street": "Pariser Straße 21",
                "postcode": "67655",
                "city": "Kaiserslautern",
                "district": "innenstadt-west-kotten",
                "latitude": 49.4446,
                "longitude": 7.7569,
                "by_appointment": False,
                "hours": [["tue", "14:00", "17:00"], ["thu", "10:00", "12:00"]],
                "exceptions": [],
            },
        ],
        "confirmed_days_ago": 24,
        "status": "published",
    },
    {
        "external_id": "kl-jobcenter-integration-point",
        "organisation": "jobcenter-kaiserslautern",
        "title": {
            "de": "Integration Point: Arbeit und Ausbildung für Geflüchtete",
            "en": "Integration Point: work and training for refugees",
            "ar": "نقطة الاندماج (Integration Point): العمل والتدريب المهني للاجئين",
            "uk": "Integration Point: робота та професійне навчання для біженців",
        },
        "summary": {
            "de": (
                "Im Jobcenter beraten spezialisierte Teams Geflüchtete zu Sprachkursen, Arbeit, "
                "Ausbildung und Anerkennung – alles an einem Ort."
            ),
            "en": (
                "At the job centre, specialised teams advise refugees on language courses, work, "
                "training and recognition – all in one place."
            ),
            "ar": (
                "في مركز العمل تقدّم فرق متخصصة الاستشارة للاجئين حول دورات اللغة والعمل والتدريب "
                "المهني والاعتراف بالشهادات، وكل ذلك في مكان واحد."
            ),
            "uk": (
                "У Джобцентрі спеціалізовані команди консультують біженців щодо мовних курсів, "
                "роботи, навчання й визнання – усе в одному місці."
            ),
        },
        "description": {
            "de": (
                "<p>Das Team im Integration Point kennt die Fragen von Menschen, die neu in "
                "Deutschland sind. Gemeinsam planen wir Ihre nächsten Schritte: Sprachkurs, "
                "Praktikum, Ausbildung oder Arbeit. Mit dem „Job-Turbo“ unterstützen wir Sie "
                "dabei, früh eine Arbeit zu finden, auch neben dem Sprachkurs.</p><ul><li>Termin "
                "bei Ihrer Integrationsfachkraft</li><li>Förderung von Berufssprachkursen und "
                "Weiterbildungen</li><li>Stellenangebote von Betrieben aus der "
                "Region</li></ul><p><strong>Öffnungszeiten:</strong> Montag bis Freitag 8:00 bis "
                "12:00 Uhr, Donnerstag zusätzlich 14:00 bis 17:30 Uhr. Bitte bringen Sie Ihre "
                "Kundennummer mit. Dolmetschende können vorab bestellt werden.</p>"
            ),
            "en": (
                "<p>The Integration Point team knows the questions people have when they are new "
                "to Germany. Together we plan your next steps: language course, internship, "
                "training or work. With the “Job-Turbo” we help you find work early, also "
                "alongside your language course.</p><ul><li>Appointment with your integration "
                "adviser</li><li>Funding for job-related language courses and further "
                "training</li><li>Vacancies from local companies</li></ul><p><strong>Opening "
                "hours:</strong> Monday to Friday 8:00 am to 12 noon, Thursday also 2:00 pm to "
                "5:30 pm. Please bring your customer number. Interpreters can be booked in "
                "advance.</p>"
            ),
            "ar": (
                "<p>يعرف فريق نقطة الاندماج الأسئلة التي تشغل القادمين الجدد إلى ألمانيا. نخطّط "
                "معاً لخطواتك التالية: دورة لغة أو تدريب عملي أو تدريب مهني أو عمل. ومن خلال "
                "برنامج «Job-Turbo» نساعدك على إيجاد عمل مبكراً، حتى إلى جانب دورة "
                "اللغة.</p><ul><li>موعد مع مستشار الاندماج المسؤول عنك</li><li>تمويل دورات اللغة "
                "المهنية والتأهيل المستمر</li><li>عروض عمل من شركات "
                "المنطقة</li></ul><p><strong>أوقات الدوام:</strong> من الاثنين إلى الجمعة من 8:00 "
                "حتى 12:00، ويوم الخميس أيضاً من 14:00 حتى 17:30. يرجى إحضار رقم العميل الخاص بك. "
                "يمكن طلب مترجمين مسبقاً.</p>"
            ),
            "uk": (
                "<p>Команда Integration Point знає, які запитання мають люди, що нещодавно "
                "приїхали до Німеччини. Разом ми плануємо ваші наступні кроки: мовний курс, "
                "практику, професійне навчання чи роботу. Завдяки програмі «Job-Turbo» ми "
                "допомагаємо знайти роботу якомога раніше, навіть паралельно з мовним "
                "курсом.</p><ul><li>Зустріч із вашим консультантом з "
                "інтеграції</li><li>Фінансування професійних мовних курсів і підвищення "
                "кваліфікації</li><li>Вакансії від підприємств регіону</li></ul><p><strong>Години "
                "роботи:</strong> з понеділка по п’ятницю з 8:00 до 12:00, у четвер також з 14:00 "
                "до 17:30. Будь ласка, візьміть із собою свій номер клієнта. Перекладачів можна "
                "замовити заздалегідь.</p>"
            ),
        },
        "themes": ["bildung-arbeit"],
        "categories": ["work_training"],
        "target_groups": ["refugees"],
        "languages": ["de", "ar", "uk", "en", "fa"],
        "cost": "free",
        "cost_amount": None,
        "cost_note": {},
        "registration_required": False,
        "step_free": True,
        "hearing_loop": True,
        "online": False,
        "online_url": "",
        "valid_from_days": None,
        "valid_until_days": None,
        "contact": {
            "name": "Frank Hüther",
            "email": "integration-point@jobcenter-kl.example.org",
            "phone": "0631 555 0138",
        },
        "locations": [
            {
                "name": "Jobcenter Kaiserslautern – Integration Point",
                "street": "Mannheimer Straße 48",
                "postcode": "67657",
                "city": "Kaiserslautern",
                "district": "innenstadt-nord-kaiserberg",
                "latitude": 49.4524,
                "longitude": 7.7758,
                "by_appointment": False,
                "hours": [
                    ["mon", "08:00", "12:00"],
                    ["tue", "08:00", "12:00"],
                    ["wed", "08:00", "12:00"],
                    ["thu", "08:00", "12:00"],
                    ["thu", "14:00", "17:30"],
                    ["fri", "08:00", "12:00"],
                ],
                "exceptions": [
                    {
                        "days": 9,
                        "closed": True,
                        "note": {
                            "de": "Geschlossen wegen Personalversammlung",
                            "en": "Closed for a staff meeting",
                            "ar": "مغلق بسبب اجتماع الموظفين",
                            "uk": "Зачинено через збори працівників",
                        },
                    },
                ],
            },
        ],
        "confirmed_days_ago": 11,
        "status": "published",
    },
    {
        "external_id": "kl-jobcenter-telefonberatung-gefluechtete",
        "organisation": "jobcenter-kaiserslautern",
        "title": {
            "de": "Telefonberatung für Geflüchtete: Arbeit und Sprachkurs",
            "en": "Phone advice for refugees: work and language courses",
            "ar": "استشارة هاتفية للاجئين: العمل ودورات اللغة",
            "uk": "Телефонна консультація для біженців: робота та мовні курси",
        },
        "summary": {
            "de": (
                "Kurze Fragen schnell klären, ohne Weg ins Jobcenter. Rückruf auf Arabisch, "
                "Ukrainisch, Englisch oder Farsi möglich."
            ),
            "en": (
                "Sort out quick questions without going to the job centre. Call-backs in Arabic, "
                "Ukrainian, English or Farsi are possible."
            ),
            "ar": (
                "حلّ الأسئلة القصيرة بسرعة دون الذهاب إلى مركز العمل. يمكن معاودة الاتصال بك "
                "بالعربية أو الأوكرانية أو الإنجليزية أو الفارسية."
            ),
            "uk": (
                "Швидко з’ясуйте короткі питання без візиту до Джобцентру. Можливий зворотний "
                "дзвінок арабською, українською, англійською чи фарсі."
            ),
        },
        "description": {
            "de": (
                "<p>Sie haben eine Frage zu Ihrem Sprachkurs, zu einem Brief vom Jobcenter oder zu "
                "einem Stellenangebot? Rufen Sie die Hotline des Integration Points an. Einfache "
                "Anliegen klären wir direkt am Telefon.</p><p>Sie sprechen wenig Deutsch? Nennen "
                "Sie einfach Ihre Sprache. Wir rufen Sie innerhalb von zwei Werktagen zurück, mit "
                "einer Kollegin, die Ihre Sprache spricht, oder mit einem "
                "Dolmetscher.</p><p><strong>Erreichbar:</strong> Montag bis Freitag, 8:00 bis "
                "16:00 Uhr, Telefon 0631 555 0141. Schriftliche Fragen über <a "
                'href="https://jobcenter.kaiserslautern.example.org/kontakt">das '
                "Kontaktformular</a>.</p>"
            ),
            "en": (
                "<p>Do you have a question about your language course, a letter from the job "
                "centre or a job offer? Call the Integration Point hotline. We sort out simple "
                "matters directly on the phone.</p><p>Don’t speak much German? Just tell us your "
                "language. We will call you back within two working days, with a colleague who "
                "speaks your language or with an interpreter.</p><p><strong>Available:</strong> "
                "Monday to Friday, 8:00 am to 4:00 pm, phone 0631 555 0141. Written questions via "
                '<a href="https://jobcenter.kaiserslautern.example.org/kontakt">the contact '
                "form</a>.</p>"
            ),
            "ar": (
                "<p>هل لديك سؤال عن دورة اللغة أو عن رسالة من مركز العمل أو عن عرض عمل؟ اتصل بالخط "
                "الساخن لنقطة الاندماج. نحلّ المسائل البسيطة مباشرة عبر الهاتف.</p><p>لا تتحدث "
                "الألمانية جيداً؟ اذكر لغتك فقط، وسنعاود الاتصال بك خلال يومي عمل مع زميلة تتحدث "
                "لغتك أو مع مترجم.</p><p><strong>أوقات الاتصال:</strong> من الاثنين إلى الجمعة، من "
                "8:00 حتى 16:00، على الرقم 0631 555 0141. للأسئلة المكتوبة استخدم <a "
                'href="https://jobcenter.kaiserslautern.example.org/kontakt">نموذج التواصل</a>.</p>'
            ),
            "uk": (
                "<p>Маєте запитання про мовний курс, лист від Джобцентру чи вакансію? "
                "Зателефонуйте на гарячу лінію Integration Point. Прості питання ми вирішуємо "
                "одразу по телефону.</p><p>Погано говорите німецькою? Просто назвіть свою мову. Ми "
                "передзвонимо протягом двох робочих днів — разом із колегою, яка говорить вашою "
                "мовою, або з перекладачем.</p><p><strong>Час роботи лінії:</strong> з понеділка "
                "по п’ятницю, з 8:00 до 16:00, телефон 0631 555 0141. Письмові запитання — через "
                '<a href="https://jobcenter.kaiserslautern.example.org/kontakt">контактну '
                "форму</a>.</p>"
            ),
        },
        "themes": ["bildung-arbeit", "sprachfoerderung"],
        "categories": ["work_training"],
        "target_groups": ["refugees"],
        "languages": ["de", "ar", "uk", "en", "fa"],
        "cost": "free",
        "cost_amount": None,
        "cost_note": {},
        "registration_required": False,
        "step_free": True,
        "hearing_loop": False,
        "online": True,
        "online_url": "https://jobcenter.kaiserslautern.example.org/kontakt",
        "valid_from_days": None,
        "valid_until_days": None,
        "contact": {
            "name": "Hotline Integration Point",
            "email": "hotline-integration@jobcenter-kl.example.org",
            "phone": "0631 555 0141",
        },
        "locations": [],
        "confirmed_days_ago": 60,
        "status": "published",
    },
    {
        "external_id": "kl-abz-bewerbungswerkstatt",
        "organisation": "abz-migrationsberatung",
        "title": {
            "de": "Bewerbungswerkstatt: Lebenslauf, Anschreiben, Vorstellungsgespräch",
            "en": "Job application workshop: CV, cover letter, interview",
            "ar": "ورشة طلبات التوظيف: السيرة الذاتية ورسالة التقديم والمقابلة",
            "uk": "Майстерня заявок на роботу: резюме, супровідний лист, співбесіда",
        },
        "summary": {
            "de": (
                "Wir schreiben mit Ihnen eine Bewerbung nach deutschem Muster und üben das "
                "Vorstellungsgespräch. In der Innenstadt und in Kaiserslautern-West."
            ),
            "en": (
                "We write a German-style job application with you and practise the interview. In "
                "the city centre and in Kaiserslautern-West."
            ),
            "ar": (
                "نكتب معك طلب توظيف وفق النموذج الألماني ونتدرّب على مقابلة العمل. في وسط المدينة "
                "وفي كايزرسلاوترن الغربية."
            ),
            "uk": (
                "Ми разом складемо заявку на роботу за німецьким зразком і потренуємо співбесіду. "
                "У центрі міста та в районі Захід."
            ),
        },
        "description": {
            "de": (
                "<p>In Deutschland sieht eine Bewerbung oft anders aus als in anderen Ländern. In "
                "der Bewerbungswerkstatt erstellen Sie am Computer Ihren Lebenslauf und ein "
                "Anschreiben. Wir üben auch das Vorstellungsgespräch, mit Rollenspiel und "
                "Tipps.</p><ul><li>ABZ, Pirmasenser Straße 43: Dienstag, 9:00 bis 12:00 "
                "Uhr</li><li>Stadtteilbüro Kaiserslautern-West: Donnerstag, 14:00 bis 17:00 "
                "Uhr</li></ul><p>Bringen Sie Zeugnisse, ein Foto (falls vorhanden) und einen "
                "USB-Stick mit. Die Werkstatt ist kostenlos. Eine Anmeldung hilft uns bei der "
                "Planung, ist aber nicht nötig.</p>"
            ),
            "en": (
                "<p>In Germany a job application often looks different from other countries. In "
                "the workshop you create your CV and a cover letter on the computer. We also "
                "practise the job interview, with role play and tips.</p><ul><li>ABZ, Pirmasenser "
                "Straße 43: Tuesday, 9:00 am to 12 noon</li><li>Kaiserslautern-West district "
                "office: Thursday, 2:00 pm to 5:00 pm</li></ul><p>Bring your certificates, a photo "
                "(if you have one) and a USB stick. The workshop is free. Registering helps us "
                "plan but is not required.</p>"
            ),
            "ar": (
                "<p>كثيراً ما يختلف طلب التوظيف في ألمانيا عنه في بلدان أخرى. في الورشة تُعِدّ على "
                "الحاسوب سيرتك الذاتية ورسالة التقديم. ونتدرّب أيضاً على مقابلة العمل من خلال لعب "
                "الأدوار والنصائح.</p><ul><li>ABZ، شارع بيرمازنزر 43: الثلاثاء، من 9:00 حتى "
                "12:00</li><li>مكتب حي كايزرسلاوترن الغربية: الخميس، من 14:00 حتى "
                "17:00</li></ul><p>أحضر شهاداتك وصورة شخصية (إن وُجدت) وذاكرة USB. الورشة مجانية. "
                "التسجيل يساعدنا في التخطيط لكنه غير إلزامي.</p>"
            ),
            "uk": (
                "<p>У Німеччині заявка на роботу часто виглядає інакше, ніж в інших країнах. У "
                "майстерні ви на комп’ютері складаєте резюме та супровідний лист. Ми також "
                "тренуємо співбесіду: рольові ігри та поради.</p><ul><li>ABZ, Pirmasenser Straße "
                "43: вівторок, з 9:00 до 12:00</li><li>Районне бюро Кайзерслаутерн-Захід: четвер, "
                "з 14:00 до 17:00</li></ul><p>Візьміть документи про освіту, фото (якщо є) і "
                "USB-флешку. Участь безкоштовна. Реєстрація допомагає нам планувати, але не "
                "обов’язкова.</p>"
            ),
        },
        "themes": ["bildung-arbeit"],
        "categories": ["work_training"],
        "target_groups": ["refugees", "eu_citizens", "women", "everyone"],
        "languages": ["de", "en", "ru", "tr"],
        "cost": "free",
        "cost_amount": None,
        "cost_note": {},
        "registration_required": False,
        "step_free": True,
        "hearing_loop": False,
        "online": False,
        "online_url": "",
        "valid_from_days": None,
        "valid_until_days": None,
        "contact": {
            "name": "Elena Petrova",
            "email": "bewerbung@abz-kl.example.org",
            "phone": "0631 555 0139",
        },
        "locations": [
            {
                "name": "ABZ Kaiserslautern",
                "street": "Pirmasenser Straße 43",
                "postcode": "67655",
                "city": "Kaiserslautern",
                "district": "innenstadt-suedwest",
                "latitude": 49.4374,
                "longitude": 7.7624,
                "by_appointment": False,
                "hours": [["tue", "09:00", "12:00"]],
                "exceptions": [],
            },
            {
                "name": "Stadtteilbüro Kaiserslautern-West",
                "street": "Slevogtstraße 12",
                "postcode": "67663",
                "city": "Kaiserslautern",
                "district": "kaiserslautern-west",
                "latitude": 49.4418,
                "longitude": 7.7335,
                "by_appointment": False,
                "hours": [["thu", "14:00", "17:00"]],
                "exceptions": [],
            },
        ],
        "confirmed_days_ago": 102,
        "status": "published",
    },
    {
        "external_id": "kl-hwk-ausbildung-handwerk",
        "organisation": "handwerkskammer-der-pfalz",
        "title": {
            "de": "Ausbildung im Handwerk: Vermittlung für junge Geflüchtete",
            "en": "Apprenticeships in skilled trades: matching for young refugees",
            "ar": "التدريب المهني في الحِرف: التوفيق بين الشباب اللاجئين وأماكن التدريب",
            "uk": "Професійне навчання в ремеслі: підбір місць для молодих біженців",
        },
        "summary": {
            "de": (
                "Die Handwerkskammer bringt junge Menschen und Handwerksbetriebe zusammen – vom "
                "Praktikum bis zum Ausbildungsvertrag."
            ),
            "en": (
                "The Chamber of Crafts brings young people and craft businesses together – from "
                "internship to training contract."
            ),
            "ar": (
                "تجمع غرفة الحِرف بين الشباب والورش الحِرفية، من التدريب العملي حتى عقد التدريب "
                "المهني."
            ),
            "uk": (
                "Ремісницька палата поєднує молодь і ремісничі підприємства – від практики до "
                "договору про навчання."
            ),
        },
        "description": {
            "de": (
                "<p>Das Handwerk sucht Auszubildende: als Elektronikerin, Anlagenmechaniker, "
                "Bäckerin, Maler und in vielen anderen Berufen. Unsere Beraterinnen und Berater "
                "lernen Sie kennen und suchen einen passenden Betrieb in Kaiserslautern und "
                "Umgebung.</p><ul><li>Praktikum zum Ausprobieren, auch in den Ferien</li><li>Hilfe "
                "beim Ausbildungsvertrag und bei Fragen zum Aufenthalt während der "
                "Ausbildung</li><li>Nachhilfe und Sprachförderung während der "
                "Ausbildung</li></ul><p><strong>Sprechstunde:</strong> Mittwoch 13:00 bis 16:00 "
                "Uhr ohne Termin, sonst nach Vereinbarung. Für junge Menschen bis 27 Jahre.</p>"
            ),
            "en": (
                "<p>Skilled trades are looking for apprentices: electronics technicians, plumbers "
                "and heating fitters, bakers, painters and many more. Our advisers get to know you "
                "and look for a suitable business in Kaiserslautern and the surrounding "
                "area.</p><ul><li>Internships to try things out, also during the "
                "holidays</li><li>Help with the training contract and with residence questions "
                "during training</li><li>Tutoring and language support during the "
                "apprenticeship</li></ul><p><strong>Drop-in hours:</strong> Wednesday 1:00 pm to "
                "4:00 pm without an appointment, otherwise by arrangement. For young people up to "
                "the age of 27.</p>"
            ),
            "ar": (
                "<p>تبحث الورش الحِرفية عن متدرّبين: في مهن الإلكترونيات وتركيب الأنظمة الصحية "
                "والتدفئة والمخابز والدهان وغيرها الكثير. يتعرّف عليك مستشارونا ويبحثون لك عن ورشة "
                "مناسبة في كايزرسلاوترن وضواحيها.</p><ul><li>تدريب عملي للتجربة، في العطل "
                "أيضاً</li><li>مساعدة في عقد التدريب المهني وفي أسئلة الإقامة خلال فترة "
                "التدريب</li><li>دروس تقوية ودعم لغوي خلال التدريب "
                "المهني</li></ul><p><strong>ساعات الاستقبال:</strong> الأربعاء من 13:00 حتى 16:00 "
                "دون موعد، وفي غير ذلك بموعد مسبق. للشباب حتى سن 27 عاماً.</p>"
            ),
            "uk": (
                "<p>Ремісничі підприємства шукають учнів: електроніків, монтажників систем "
                "опалення й сантехніки, пекарів, малярів та багатьох інших. Наші консультанти "
                "познайомляться з вами й підберуть відповідне підприємство в Кайзерслаутерні та "
                "околицях.</p><ul><li>Практика, щоб спробувати професію, також під час "
                "канікул</li><li>Допомога з договором про навчання та питаннями перебування під "
                "час навчання</li><li>Репетиторство й мовна підтримка під час "
                "навчання</li></ul><p><strong>Консультаційні години:</strong> середа з 13:00 до "
                "16:00 без запису, в інший час — за домовленістю. Для молоді віком до 27 років.</p>"
            ),
        },
        "themes": ["bildung-arbeit"],
        "categories": ["work_training", "education"],
        "target_groups": ["young_people", "refugees"],
        "languages": ["de", "en"],
        "cost": "free",
        "cost_amount": None,
        "cost_note": {},
        "registration_required": False,
        "step_free": True,
        "hearing_loop": False,
        "online": False,
        "online_url": "",
        "valid_from_days": None,
        "valid_until_days": None,
        "contact": {
            "name": "Markus Seibert",
            "email": "ausbildung@hwk-pfalz.example.org",
            "phone": "0631 555 0121",
        },
        "locations": [
            {
                "name": "Handwerkskammer der Pfalz",
                "street": "Am Altenhof 17",
                "postcode": "67655",
                "city": "Kaiserslautern",
                "district": "innenstadt-ost",
                "latitude": 49.4431,
                "longitude": 7.7659,
                "by_appointment": False,
                "hours": [["wed", "13:00", "16:00"]],
                "exceptions": [],
            },
        ],
        "confirmed_days_ago": 56,
        "status": "published",
    },
    {
        "external_id": "kl-ihk-welcome-center-fachkraefte",
        "organisation": "ihk-pfalz-kaiserslautern",
        "title": {
            "de": "Welcome Center der IHK für internationale Fachkräfte",
            "en": "IHK Welcome Center for international skilled workers",
            "ar": "مركز الترحيب في غرفة الصناعة والتجارة للكفاءات الدولية",
            "uk": "Welcome Center IHK для іноземних фахівців",
        },
        "summary": {
            "de": (
                "Erste Anlaufstelle für Fachkräfte und ihre Familien, die für einen Job nach "
                "Kaiserslautern ziehen: Arbeit, Anerkennung, Ankommen."
            ),
            "en": (
                "First point of contact for skilled workers and their families moving to "
                "Kaiserslautern for a job: work, recognition, settling in."
            ),
            "ar": (
                "نقطة الاتصال الأولى للكفاءات المهنية وعائلاتهم القادمين إلى كايزرسلاوترن من أجل "
                "العمل: العمل والاعتراف والاستقرار."
            ),
            "uk": (
                "Перше місце звернення для фахівців та їхніх родин, які переїжджають до "
                "Кайзерслаутерна заради роботи: робота, визнання, облаштування."
            ),
        },
        "description": {
            "de": (
                "<p>Sie sind für eine Stelle in die Westpfalz gezogen oder planen den Umzug? Das "
                "Welcome Center hilft beim Start: mit Informationen zu Visum und Aufenthalt, "
                "Anerkennung, Kita und Schule, Wohnungssuche und Sprachkursen. Wir vermitteln Sie "
                "an die richtigen Stellen.</p><p>Auch Unternehmen können sich beraten lassen, zum "
                "Beispiel zum beschleunigten Fachkräfteverfahren mit der "
                "Ausländerbehörde.</p><p><strong>Öffnungszeiten:</strong> Montag bis Donnerstag "
                "9:00 bis 16:00 Uhr, Freitag 9:00 bis 12:00 Uhr. Beratung auf Deutsch, Englisch "
                "und Französisch.</p>"
            ),
            "en": (
                "<p>Have you moved to the Western Palatinate for a job, or are you planning the "
                "move? The Welcome Center helps you get started, with information on visas and "
                "residence, recognition, childcare and school, flat hunting and language courses. "
                "We refer you to the right offices.</p><p>Companies can also get advice, for "
                "example on the fast-track procedure for skilled workers with the foreigners’ "
                "office.</p><p><strong>Opening hours:</strong> Monday to Thursday 9:00 am to 4:00 "
                "pm, Friday 9:00 am to 12 noon. Advice in German, English and French.</p>"
            ),
            "ar": (
                "<p>هل انتقلت إلى غرب بفالتس من أجل وظيفة أو تخطّط للانتقال؟ يساعدك مركز الترحيب "
                "في البداية بمعلومات عن التأشيرة والإقامة والاعتراف بالشهادات والحضانة والمدرسة "
                "والبحث عن سكن ودورات اللغة، ونوجّهك إلى الجهات المختصة.</p><p>ويمكن للشركات أيضاً "
                "الحصول على استشارة، مثلاً حول الإجراء المعجّل لاستقدام الكفاءات بالتعاون مع دائرة "
                "الأجانب.</p><p><strong>أوقات الدوام:</strong> من الاثنين إلى الخميس من 9:00 حتى "
                "16:00، والجمعة من 9:00 حتى 12:00. الاستشارة بالألمانية والإنجليزية والفرنسية.</p>"
            ),
            "uk": (
                "<p>Ви переїхали до Західного Пфальцу заради роботи або плануєте переїзд? Welcome "
                "Center допоможе на старті: інформація про візу й перебування, визнання дипломів, "
                "дитячий садок і школу, пошук житла та мовні курси. Ми скеруємо вас до потрібних "
                "установ.</p><p>Консультації отримують і підприємства, наприклад щодо прискореної "
                "процедури для фахівців разом із відомством у справах "
                "іноземців.</p><p><strong>Години роботи:</strong> з понеділка по четвер з 9:00 до "
                "16:00, у п’ятницю з 9:00 до 12:00. Консультації німецькою, англійською та "
                "французькою.</p>"
            ),
        },
        "themes": ["bildung-arbeit"],
        "categories": ["work_training"],
        "target_groups": ["skilled_workers", "families", "eu_citizens"],
        "languages": ["de", "en", "fr"],
        "cost": "free",
        "cost_amount": None,
        "cost_note": {},
        "registration_required": False,
        "step_free": True,
        "hearing_loop": False,
        "online": False,
        "online_url": "",
        "valid_from_days": None,
        "valid_until_days": None,
        "contact": {
            "name": "Stefan Vogel",
            "email": "fachkraefte@ihk-pfalz.example.org",
            "phone": "0631 555 0120",
        },
        "locations": [
            {
                "name": "IHK Welcome Center Kaiserslautern",
                "street": "Europaallee 18",
                "postcode": "67657",
                "city": "Kaiserslautern",
                "district": "innenstadt-nord-kaiserberg",
                "latitude": 49.4512,
                "longitude": 7.7829,
                "by_appointment": False,
                "hours": [
                    ["mon", "09:00", "16:00"],
                    ["tue", "09:00", "16:00"],
                    ["wed", "09:00", "16:00"],
                    ["thu", "09:00", "16:00"],
                    ["fri", "09:00", "12:00"],
                ],
                "exceptions": [],
            },
        ],
        "confirmed_days_ago": 9,
        "status": "published",
    },
    {
        "external_id": "kl-caritas-frauen-in-arbeit",
        "organisation": "caritas-zentrum-kaiserslautern",
        "title": {
            "de": "Frauen in Arbeit: Orientierung, Praktikum, erster Job",
            "en": "Women into work: orientation, internship, first job",
            "ar": "المرأة والعمل: توجيه وتدريب عملي وأول وظيفة",
            "uk": "Жінки й робота: орієнтація, практика, перша робота",
        },
        "summary": {
            "de": (
                "Programm für zugewanderte Frauen, die in Deutschland arbeiten möchten. Mit "
                "Kinderbetreuung und Begleitung ins Praktikum."
            ),
            "en": (
                "Programme for immigrant women who want to work in Germany. With childcare and "
                "support on the way to an internship."
            ),
            "ar": (
                "برنامج للنساء المهاجرات اللواتي يرغبن في العمل في ألمانيا، مع رعاية للأطفال "
                "ومرافقة حتى التدريب العملي."
            ),
            "uk": (
                "Програма для жінок-мігранток, які хочуть працювати в Німеччині. З доглядом за "
                "дітьми та супроводом до практики."
            ),
        },
        "description": {
            "de": (
                "<p>Viele Frauen bringen Berufserfahrung mit, andere möchten zum ersten Mal "
                "arbeiten. Im Programm „Frauen in Arbeit“ finden Sie heraus, welche Berufe zu "
                "Ihnen passen. Sie lernen Betriebe kennen, machen ein Praktikum und bekommen "
                "Unterstützung bei der Bewerbung.</p><ul><li>Gruppentreffen zweimal pro Woche am "
                "Vormittag</li><li>Kinderbetreuung während der Treffen</li><li>Persönliche "
                "Begleitung durch eine Coachin, auf Wunsch auch auf Arabisch oder "
                "Türkisch</li></ul><p><strong>Zeiten:</strong> Dienstag und Freitag, 9:00 bis "
                "12:00 Uhr, im Caritas-Zentrum. Das Programm dauert sechs Monate und ist "
                "kostenlos. Das Jobcenter kann die Fahrtkosten übernehmen.</p>"
            ),
            "en": (
                "<p>Many women bring work experience with them, others want to work for the first "
                "time. In the “Women into work” programme you find out which jobs suit you. You "
                "get to know companies, do an internship and receive support with your "
                "applications.</p><ul><li>Group meetings twice a week in the "
                "morning</li><li>Childcare during the meetings</li><li>Personal support from a "
                "coach, also in Arabic or Turkish if you wish</li></ul><p><strong>Times:</strong> "
                "Tuesday and Friday, 9:00 am to 12 noon, at the Caritas centre. The programme "
                "lasts six months and is free. The job centre can cover travel costs.</p>"
            ),
            "ar": (
                "<p>كثير من النساء لديهن خبرة مهنية، وأخريات يرغبن في العمل لأول مرة. في برنامج "
                "«المرأة والعمل» تكتشفين المهن التي تناسبك، وتتعرّفين على الشركات، وتقومين بتدريب "
                "عملي، وتحصلين على دعم في طلبات التوظيف.</p><ul><li>لقاءات جماعية مرتين أسبوعياً "
                "في الفترة الصباحية</li><li>رعاية للأطفال خلال اللقاءات</li><li>مرافقة شخصية من "
                "مدرّبة، بالعربية أو التركية أيضاً إذا "
                "رغبتِ</li></ul><p><strong>المواعيد:</strong> الثلاثاء والجمعة، من 9:00 حتى 12:00، "
                "في مركز كاريتاس. يستمر البرنامج ستة أشهر وهو مجاني. يمكن لمركز العمل أن يتحمّل "
                "تكاليف المواصلات.</p>"
            ),
            "uk": (
                "<p>Багато жінок мають професійний досвід, інші хочуть працювати вперше. У "
                "програмі «Жінки й робота» ви з’ясуєте, які професії вам підходять. Ви знайомитеся "
                "з підприємствами, проходите практику й отримуєте підтримку із заявками на "
                "роботу.</p><ul><li>Групові зустрічі двічі на тиждень у першій половині "
                "дня</li><li>Догляд за дітьми під час зустрічей</li><li>Особистий супровід коучки, "
                "за бажанням також арабською чи турецькою</li></ul><p><strong>Час:</strong> "
                "вівторок і п’ятниця, з 9:00 до 12:00, у Caritas-Zentrum. Програма триває шість "
                "місяців і є безкоштовною. Джобцентр може покрити витрати на проїзд.</p>"
            ),
        },
        "themes": ["bildung-arbeit"],
        "categories": ["work_training"],
        "target_groups": ["women", "refugees", "families"],
        "languages": ["de", "ar", "tr"],
        "cost": "free",
        "cost_amount": None,
        "cost_note": {},
        "registration_required": True,
        "step_free": True,
        "hearing_loop": False,
        "online": False,
        "online_url": "",
        "valid_from_days": -90,
        "valid_until_days": 365,
        "contact": {
            "name": "Miriam Okafor",
            "email": "frauen-arbeit@caritas-kl.example.org",
            "phone": "0631 555 0140",
        },
        "locations": [
            {
                "name": "Caritas-Zentrum Kaiserslautern",
                "street": "Engelsgasse 5",
                "postcode": "67657",
                "city": "Kaiserslautern",
                "district": "innenstadt-ost",
                "latitude": 49.4447,
                "longitude": 7.7712,
                "by_appointment": False,
                "hours": [["tue", "09:00", "12:00"], ["fri", "09:00", "12:00"]],
                "exceptions": [],
            },
        ],
        "confirmed_days_ago": 44,
        "status": "published",
    },
]
