"""Demo offers (part B): counselling, health, housing, family, encounter."""

from __future__ import annotations

# All people, phone numbers and e-mail addresses below are fictional.
# Phone numbers use the fictional range 0631 555 01xx; e-mail domains end in .example.org.
# External ids start with "kl-b-" to stay distinct from part A.

OFFERS: list[dict] = [
    {
        "external_id": "kl-b-caritas-migrationsberatung",
        "organisation": "caritas-zentrum-kaiserslautern",
        "title": {
            "de": "Migrationsberatung für Erwachsene (MBE) im Caritas-Zentrum",
            "en": "Migration advice for adults (MBE) at the Caritas centre",
            "ar": "استشارات الهجرة للبالغين (MBE) في مركز كاريتاس",
            "uk": "Міграційна консультація для дорослих (MBE) у центрі Caritas",
        },
        "summary": {
            "de": (
                "Kostenlose Beratung für Zugewanderte ab 27 Jahren zu Aufenthalt, "
                "Integrationskurs, Arbeit, Wohnen und Familie. Offene Sprechstunde ohne Termin."
            ),
            "en": (
                "Free advice for immigrants aged 27 and over on residence, integration courses, "
                "work, housing and family. Drop-in hours without an appointment."
            ),
            "ar": (
                "استشارة مجانية للمهاجرين من عمر 27 عامًا فما فوق حول الإقامة ودورة الاندماج "
                "والعمل والسكن والأسرة. ساعات استقبال مفتوحة دون موعد."
            ),
            "uk": (
                "Безкоштовна консультація для мігрантів від 27 років щодо перебування, "
                "інтеграційного курсу, роботи, житла та сім’ї. Відкриті години прийому без запису."
            ),
        },
        "description": {
            "de": (
                "<p>Sie sind neu in Kaiserslautern und haben viele Fragen? In der "
                "<strong>Migrationsberatung</strong> des Caritas-Zentrums helfen wir Ihnen "
                "persönlich und vertraulich. Die Beratung ist kostenlos und unabhängig von Ihrer "
                "Religion.</p><ul><li>Aufenthalt und Familiennachzug</li><li>Anmeldung zum "
                "Integrationskurs oder Deutschkurs</li><li>Briefe von Ämtern, Jobcenter und "
                "Familienkasse</li><li>Arbeit, Anerkennung von Abschlüssen und "
                "Wohnungssuche</li></ul><p>Kommen Sie ohne Termin in die offene Sprechstunde. "
                "Donnerstagvormittags beraten wir auch im Stadtteilbüro Kaiserslautern-West. Bitte "
                "bringen Sie Ihren Pass oder Ihre Aufenthaltserlaubnis und wichtige Briefe mit.</p>"
            ),
            "en": (
                "<p>Are you new to Kaiserslautern and have lots of questions? At the Caritas "
                "centre's <strong>migration advice service</strong> we help you in person and in "
                "confidence. Advice is free and open to people of any "
                "religion.</p><ul><li>Residence and family reunification</li><li>Registering for "
                "an integration course or German course</li><li>Letters from public offices, the "
                "job centre and the family benefits office</li><li>Work, recognition of "
                "qualifications and finding a flat</li></ul><p>Come to our drop-in hours without "
                "an appointment. On Thursday mornings we also advise at the Kaiserslautern-West "
                "neighbourhood office. Please bring your passport or residence permit and any "
                "important letters.</p>"
            ),
            "ar": (
                "<p>هل أنت جديد في كايزرسلاوترن ولديك أسئلة كثيرة؟ في <strong>استشارات "
                "الهجرة</strong> بمركز كاريتاس نساعدك شخصيًا وبسرية تامة. الاستشارة مجانية ومتاحة "
                "للجميع بغض النظر عن الدين.</p><ul><li>الإقامة ولمّ شمل الأسرة</li><li>التسجيل في "
                "دورة الاندماج أو دورة اللغة الألمانية</li><li>رسائل الدوائر الرسمية ومركز العمل "
                "(Jobcenter) وصندوق الأسرة (Familienkasse)</li><li>العمل ومعادلة الشهادات والبحث "
                "عن سكن</li></ul><p>تعال دون موعد خلال ساعات الاستقبال المفتوحة. أيام الخميس "
                "صباحًا نقدّم الاستشارة أيضًا في مكتب الحي في Kaiserslautern-West. يرجى إحضار جواز "
                "سفرك أو تصريح إقامتك والرسائل المهمة.</p>"
            ),
            "uk": (
                "<p>Ви нещодавно в Кайзерслаутерні й маєте багато запитань? У <strong>міграційній "
                "консультації</strong> центру Caritas ми допоможемо вам особисто та конфіденційно. "
                "Консультація безкоштовна і доступна для людей будь-якого "
                "віросповідання.</p><ul><li>Право на перебування та возз’єднання "
                "сім’ї</li><li>Запис на інтеграційний курс або курс німецької мови</li><li>Листи "
                "від установ, Jobcenter і Familienkasse</li><li>Робота, визнання дипломів і пошук "
                "житла</li></ul><p>Приходьте без запису у відкриті години прийому. Щочетверга "
                "зранку ми також консультуємо в районному бюро Kaiserslautern-West. Будь ласка, "
                "візьміть із собою паспорт або дозвіл на проживання та важливі листи.</p>"
            ),
        },
        "themes": ["bildung-arbeit", "sprachfoerderung"],
        "categories": ["counselling", "legal_residence"],
        "target_groups": ["refugees", "eu_citizens", "skilled_workers"],
        "languages": ["de", "en", "ar", "fr", "ru"],
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
            "name": "Miriam Haddad",
            "email": "mbe@caritas-kl.example.org",
            "phone": "0631 555 0161",
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
                "hours": [
                    ["mon", "09:00", "12:00"],
                    ["tue", "14:00", "17:00"],
                    ["wed", "09:00", "12:00"],
                ],
                "exceptions": [],
            },
            {
                "name": "Stadtteilbüro Kaiserslautern-West",
                "street": "Slevogtstraße 48",
                "postcode": "67663",
                "city": "Kaiserslautern",
                "district": "kaiserslautern-west",
                "latitude": 49.4401,
                "longitude": 7.7312,
                "by_appointment": False,
                "hours": [["thu", "09:00", "12:00"]],
                "exceptions": [],
            },
        ],
        "confirmed_days_ago": 21,
        "status": "published",
    },
    {
        "external_id": "kl-b-abz-migrationsberatung",
        "organisation": "abz-migrationsberatung",
        "title": {
            "de": "Migrationsberatung im ABZ – offene Sprechstunde und Termine",
            "en": "Migration advice at the ABZ – drop-in hours and appointments",
            "ar": "استشارات الهجرة في مركز ABZ – ساعات استقبال مفتوحة ومواعيد",
            "uk": "Міграційна консультація в ABZ – відкритий прийом і консультації за записом",
        },
        "summary": {
            "de": (
                "Das ABZ berät Erwachsene zu Aufenthalt, Sprachkursen, Arbeit, Wohnen und Familie. "
                "Beratung auch auf Türkisch, Russisch, Rumänisch und Bulgarisch."
            ),
            "en": (
                "The ABZ advises adults on residence, language courses, work, housing and family. "
                "Advice is also available in Turkish, Russian, Romanian and Bulgarian."
            ),
            "ar": (
                "يقدّم مركز ABZ الاستشارة للبالغين حول الإقامة ودورات اللغة والعمل والسكن والأسرة. "
                "تتوفر الاستشارة أيضًا باللغات التركية والروسية والرومانية والبلغارية."
            ),
            "uk": (
                "ABZ консультує дорослих щодо перебування, мовних курсів, роботи, житла та сім’ї. "
                "Консультації також турецькою, російською, румунською та болгарською мовами."
            ),
        },
        "description": {
            "de": (
                "<p>Die Beratungsstelle des ABZ in der Pirmasenser Straße ist eine anerkannte "
                "<strong>Migrationsberatung für Erwachsene (MBE)</strong>. Wir erklären Ihnen Ihre "
                "Rechte und Pflichten und helfen bei Anträgen, zum Beispiel für Bürgergeld, "
                "Kindergeld oder einen Integrationskurs.</p><p>In der offenen Sprechstunde kommen "
                "Sie ohne Termin. Für längere Gespräche vereinbaren Sie bitte einen Termin per "
                "Telefon oder E-Mail. Wenn nötig, organisieren wir eine Dolmetscherin oder einen "
                "Dolmetscher.</p>"
            ),
            "en": (
                "<p>The ABZ advice centre on Pirmasenser Straße is an officially recognised "
                "<strong>migration advice service for adults (MBE)</strong>. We explain your "
                "rights and duties and help with applications, for example for citizen's income, "
                "child benefit or an integration course.</p><p>You can come to the drop-in hours "
                "without an appointment. For longer conversations please book an appointment by "
                "phone or e-mail. If needed, we arrange an interpreter.</p>"
            ),
            "ar": (
                "<p>مكتب الاستشارة التابع لمركز ABZ في شارع Pirmasenser Straße جهة معتمدة "
                "لـ<strong>استشارات الهجرة للبالغين (MBE)</strong>. نشرح لك حقوقك وواجباتك ونساعدك "
                "في تقديم الطلبات، مثل طلب إعانة المواطن (Bürgergeld) أو إعانة الأطفال "
                "(Kindergeld) أو دورة الاندماج.</p><p>يمكنك الحضور دون موعد خلال ساعات الاستقبال "
                "المفتوحة. للمحادثات الأطول يرجى حجز موعد عبر الهاتف أو البريد الإلكتروني. وعند "
                "الحاجة نوفّر مترجمًا أو مترجمة.</p>"
            ),
            "uk": (
                "<p>Консультаційний пункт ABZ на вулиці Pirmasenser Straße — офіційно визнана "
                "<strong>міграційна консультація для дорослих (MBE)</strong>. Ми пояснимо ваші "
                "права та обов’язки й допоможемо із заявами, наприклад на Bürgergeld, Kindergeld "
                "або інтеграційний курс.</p><p>У відкриті години прийому можна прийти без запису. "
                "Для довших розмов, будь ласка, домовтеся про зустріч телефоном або електронною "
                "поштою. За потреби ми запросимо перекладача чи перекладачку.</p>"
            ),
        },
        "themes": ["bildung-arbeit"],
        "categories": ["counselling"],
        "target_groups": ["refugees", "eu_citizens", "skilled_workers"],
        "languages": ["de", "tr", "ru", "ro", "bg"],
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
            "name": "Elena Popescu",
            "email": "mbe@abz-kl.example.org",
            "phone": "0631 555 0164",
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
                "hours": [
                    ["tue", "09:00", "12:00"],
                    ["wed", "13:00", "16:00"],
                    ["thu", "09:00", "12:00"],
                ],
                "exceptions": [
                    {
                        "days": 9,
                        "closed": True,
                        "note": {
                            "de": "Teamfortbildung – keine offene Sprechstunde",
                            "en": "Team training – no drop-in hours",
                            "ar": "تدريب للفريق – لا توجد ساعات استقبال مفتوحة",
                            "uk": "Навчання команди – відкритого прийому немає",
                        },
                    },
                ],
            },
        ],
        "confirmed_days_ago": 34,
        "status": "published",
    },
    {
        "external_id": "kl-b-jmd-beratung",
        "organisation": "ib-jugendmigrationsdienst",
        "title": {
            "de": "Jugendmigrationsdienst: Beratung für junge Menschen von 12 bis 27",
            "en": "Youth Migration Service: advice for young people aged 12 to 27",
            "ar": "خدمة هجرة الشباب: استشارات للشباب من عمر 12 إلى 27 عامًا",
            "uk": "Молодіжна міграційна служба: консультації для молоді від 12 до 27 років",
        },
        "summary": {
            "de": (
                "Der Jugendmigrationsdienst (JMD) begleitet junge Zugewanderte bei Schule, "
                "Ausbildung, Sprache und Alltag. Beratung auch für Eltern."
            ),
            "en": (
                "The Youth Migration Service (JMD) supports young immigrants with school, "
                "vocational training, language and everyday life. Parents can get advice too."
            ),
            "ar": (
                "ترافق خدمة هجرة الشباب (JMD) الشباب المهاجرين في المدرسة والتدريب المهني واللغة "
                "والحياة اليومية. ويمكن للوالدين أيضًا الحصول على استشارة."
            ),
            "uk": (
                "Молодіжна міграційна служба (JMD) супроводжує молодих мігрантів у школі, "
                "професійному навчанні, вивченні мови та повсякденному житті. Консультації також "
                "для батьків."
            ),
        },
        "description": {
            "de": (
                "<p>Du bist zwischen 12 und 27 Jahre alt und neu in Deutschland? Beim "
                "<strong>Jugendmigrationsdienst</strong> des Internationalen Bundes bekommst du "
                "Hilfe – kostenlos und vertraulich.</p><ul><li>Welche Schule passt zu mir? Wie "
                "bekomme ich einen Ausbildungsplatz?</li><li>Einen Deutschkurs finden und "
                "Zeugnisse anerkennen lassen</li><li>Stress mit Behörden, Familie oder "
                "Wohnung</li></ul><p>Komm in die offene Sprechstunde in der Pariser Straße oder "
                "schreib uns eine Nachricht. Wir vereinbaren dann einen Termin mit dir.</p>"
            ),
            "en": (
                "<p>Are you between 12 and 27 and new to Germany? The <strong>Youth Migration "
                "Service</strong> of the Internationaler Bund helps you – free of charge and in "
                "confidence.</p><ul><li>Which school is right for me? How do I get an "
                "apprenticeship?</li><li>Finding a German course and getting certificates "
                "recognised</li><li>Trouble with public offices, family or "
                "housing</li></ul><p>Come to the drop-in hours on Pariser Straße or send us a "
                "message. We will then arrange an appointment with you.</p>"
            ),
            "ar": (
                "<p>هل عمرك بين 12 و27 عامًا وأنت جديد في ألمانيا؟ في <strong>خدمة هجرة "
                "الشباب</strong> التابعة لمنظمة Internationaler Bund تحصل على المساعدة مجانًا "
                "وبسرية.</p><ul><li>ما المدرسة المناسبة لي؟ كيف أحصل على مكان للتدريب "
                "المهني؟</li><li>إيجاد دورة لغة ألمانية ومعادلة الشهادات</li><li>مشكلات مع الدوائر "
                "الرسمية أو العائلة أو السكن</li></ul><p>تعال إلى ساعات الاستقبال المفتوحة في شارع "
                "Pariser Straße أو أرسل لنا رسالة، وسنحدد معك موعدًا.</p>"
            ),
            "uk": (
                "<p>Тобі від 12 до 27 років і ти нещодавно в Німеччині? У <strong>Молодіжній "
                "міграційній службі</strong> Internationaler Bund тобі допоможуть — безкоштовно та "
                "конфіденційно.</p><ul><li>Яка школа мені підходить? Як отримати місце для "
                "професійного навчання?</li><li>Знайти курс німецької мови та визнати "
                "свідоцтва</li><li>Труднощі з установами, сім’єю чи житлом</li></ul><p>Приходь на "
                "відкритий прийом на вулиці Pariser Straße або напиши нам повідомлення. Ми "
                "домовимося з тобою про зустріч.</p>"
            ),
        },
        "themes": ["bildung-arbeit"],
        "categories": ["counselling"],
        "target_groups": ["young_people", "families"],
        "languages": ["de", "en", "ar", "fa", "uk"],
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
            "name": "Samira Yılmaz",
            "email": "jmd-beratung@ib-kl.example.org",
            "phone": "0631 555 0166",
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
                "hours": [
                    ["mon", "13:00", "17:00"],
                    ["tue", "09:00", "12:00"],
                    ["thu", "13:00", "17:00"],
                ],
                "exceptions": [],
            },
        ],
        "confirmed_days_ago": 12,
        "status": "published",
    },
    {
        "external_id": "kl-b-jmd-online-beratung",
        "organisation": "ib-jugendmigrationsdienst",
        "title": {
            "de": "Online-Beratung des Jugendmigrationsdienstes per Chat und Video",
            "en": "Online advice from the Youth Migration Service by chat and video",
            "ar": "استشارة عبر الإنترنت من خدمة هجرة الشباب بالدردشة والفيديو",
            "uk": "Онлайн-консультація Молодіжної міграційної служби в чаті та по відео",
        },
        "summary": {
            "de": (
                "Junge Zugewanderte stellen ihre Fragen anonym im Chat. Eine Beraterin oder ein "
                "Berater antwortet innerhalb von zwei Werktagen."
            ),
            "en": (
                "Young immigrants can ask their questions anonymously in a chat. An adviser "
                "answers within two working days."
            ),
            "ar": (
                "يمكن للشباب المهاجرين طرح أسئلتهم في الدردشة دون ذكر أسمائهم. ويجيب مستشار أو "
                "مستشارة خلال يومي عمل."
            ),
            "uk": (
                "Молоді мігранти можуть анонімно поставити свої запитання в чаті. Консультант або "
                "консультантка відповідає протягом двох робочих днів."
            ),
        },
        "description": {
            "de": (
                "<p>Du hast keine Zeit für einen Besuch oder möchtest erst einmal anonym fragen? "
                "Dann nutze die <strong>Online-Beratung</strong> des Jugendmigrationsdienstes. Du "
                "brauchst nur eine E-Mail-Adresse und einen Fantasienamen.</p><p>Auf Wunsch machen "
                "wir auch ein Video-Gespräch. Die Beratung ist kostenlos und vertraulich. Hier "
                "geht es zur <a "
                'href="https://jmd.kaiserslautern.example.org/online-beratung">Anmeldung für die '
                "Online-Beratung</a>.</p>"
            ),
            "en": (
                "<p>No time to visit, or would you rather ask anonymously first? Then use the "
                "Youth Migration Service's <strong>online advice</strong>. All you need is an "
                "e-mail address and a made-up name.</p><p>If you like, we can also talk by video. "
                "The advice is free and confidential. Go to the <a "
                'href="https://jmd.kaiserslautern.example.org/online-beratung">online advice '
                "sign-up</a>.</p>"
            ),
            "ar": (
                "<p>ليس لديك وقت للزيارة أو تريد أن تسأل أولًا دون ذكر اسمك؟ إذن استخدم "
                "<strong>الاستشارة عبر الإنترنت</strong> من خدمة هجرة الشباب. كل ما تحتاجه هو "
                "عنوان بريد إلكتروني واسم مستعار.</p><p>إذا رغبت، يمكننا أيضًا إجراء محادثة "
                "بالفيديو. الاستشارة مجانية وسرية. <a "
                'href="https://jmd.kaiserslautern.example.org/online-beratung">سجّل هنا للاستشارة '
                "عبر الإنترنت</a>.</p>"
            ),
            "uk": (
                "<p>Не маєш часу прийти особисто або спершу хочеш запитати анонімно? Скористайся "
                "<strong>онлайн-консультацією</strong> Молодіжної міграційної служби. Потрібні "
                "лише адреса електронної пошти та вигадане ім’я.</p><p>За бажанням ми проведемо й "
                "відеорозмову. Консультація безкоштовна та конфіденційна. <a "
                'href="https://jmd.kaiserslautern.example.org/online-beratung">Реєстрація для '
                "онлайн-консультації</a>.</p>"
            ),
        },
        "themes": ["bildung-arbeit"],
        "categories": ["counselling"],
        "target_groups": ["young_people"],
        "languages": ["de", "en", "ar", "uk", "ru"],
        "cost": "free",
        "cost_amount": None,
        "cost_note": {},
        "registration_required": True,
        "step_free": True,
        "hearing_loop": False,
        "online": True,
        "online_url": "https://jmd.kaiserslautern.example.org/online-beratung",
        "valid_from_days": None,
        "valid_until_days": None,
        "contact": {
            "name": "Jonas Keller",
            "email": "jmd-online@ib-kl.example.org",
            "phone": "0631 555 0167",
        },
        "locations": [],
        "confirmed_days_ago": 48,
        "status": "published",
    },
    {
        "external_id": "kl-b-drk-asylverfahrensberatung",
        "organisation": "drk-kreisverband-kaiserslautern",
        "title": {
            "de": "Asylverfahrensberatung: unabhängige Beratung vor und nach der Anhörung",
            "en": (
                "Asylum procedure counselling: independent advice before and after your interview"
            ),
            "ar": "استشارات إجراءات اللجوء: استشارة مستقلة قبل جلسة الاستماع وبعدها",
            "uk": "Консультації щодо процедури надання притулку: допомога до та після співбесіди",
        },
        "summary": {
            "de": (
                "Wir erklären das Asylverfahren, bereiten Sie auf die Anhörung beim BAMF vor und "
                "helfen, wenn Sie einen Bescheid bekommen. Nur mit Termin."
            ),
            "en": (
                "We explain the asylum procedure, prepare you for your interview at the BAMF and "
                "help when you receive a decision. By appointment only."
            ),
            "ar": (
                "نشرح لك إجراءات اللجوء ونحضّرك لجلسة الاستماع لدى المكتب الاتحادي للهجرة "
                "واللاجئين (BAMF) ونساعدك عند استلام القرار. بموعد مسبق فقط."
            ),
            "uk": (
                "Ми пояснюємо процедуру надання притулку, готуємо вас до співбесіди в BAMF і "
                "допомагаємо, коли ви отримаєте рішення. Лише за попереднім записом."
            ),
        },
        "description": {
            "de": (
                "<p>Die <strong>Asylverfahrensberatung</strong> des DRK ist unabhängig vom "
                "Bundesamt für Migration und Flüchtlinge (BAMF) und von der Ausländerbehörde. "
                "Alles, was Sie uns sagen, bleibt vertraulich.</p><ul><li>Wie läuft das "
                "Asylverfahren ab? Welche Rechte habe ich?</li><li>Vorbereitung auf die Anhörung: "
                "Was ist wichtig, welche Dokumente brauche ich?</li><li>Hilfe beim Verstehen des "
                "Bescheids und Vermittlung an Anwältinnen und Anwälte</li></ul><p>Bitte "
                "vereinbaren Sie einen Termin per Telefon. Wir beraten mit Dolmetscherinnen und "
                "Dolmetschern, zum Beispiel für Dari, Paschtu, Arabisch und Tigrinya.</p>"
            ),
            "en": (
                "<p>The Red Cross <strong>asylum procedure counselling</strong> is independent of "
                "the Federal Office for Migration and Refugees (BAMF) and of the foreigners' "
                "office. Everything you tell us stays confidential.</p><ul><li>How does the asylum "
                "procedure work? What are my rights?</li><li>Preparing for the interview: what "
                "matters and which documents do I need?</li><li>Help understanding the decision "
                "and referral to lawyers</li></ul><p>Please book an appointment by phone. We work "
                "with interpreters, for example for Dari, Pashto, Arabic and Tigrinya.</p>"
            ),
            "ar": (
                "<p><strong>استشارات إجراءات اللجوء</strong> لدى الصليب الأحمر الألماني (DRK) "
                "مستقلة عن المكتب الاتحادي للهجرة واللاجئين (BAMF) وعن دائرة الأجانب. كل ما تخبرنا "
                "به يبقى سريًا.</p><ul><li>كيف تسير إجراءات اللجوء؟ ما هي حقوقي؟</li><li>التحضير "
                "لجلسة الاستماع: ما المهم، وما الوثائق التي أحتاجها؟</li><li>المساعدة في فهم "
                "القرار والتوصيل بمحامين ومحاميات</li></ul><p>يرجى حجز موعد عبر الهاتف. نقدّم "
                "الاستشارة بمساعدة مترجمين ومترجمات، مثلًا للغات الدارية والبشتو والعربية "
                "والتغرينية.</p>"
            ),
            "uk": (
                "<p><strong>Консультації щодо процедури надання притулку</strong> від DRK "
                "незалежні від Федерального відомства з питань міграції та біженців (BAMF) і від "
                "відомства у справах іноземців. Усе, що ви нам розповідаєте, залишається "
                "конфіденційним.</p><ul><li>Як відбувається процедура надання притулку? Які в мене "
                "права?</li><li>Підготовка до співбесіди: що важливо, які документи "
                "потрібні?</li><li>Допомога з розумінням рішення та направлення до "
                "адвокатів</li></ul><p>Будь ласка, домовтеся про зустріч телефоном. Ми "
                "консультуємо з перекладачами, наприклад з мов дарі, пушту, арабської та "
                "тигринья.</p>"
            ),
        },
        "themes": ["begegnung-antirassismus"],
        "categories": ["counselling", "legal_residence"],
        "target_groups": ["refugees"],
        "languages": ["de", "en", "ar", "fa", "prs", "ps", "ti"],
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
            "name": "Farid Rahimi",
            "email": "asylberatung@drk-kl.example.org",
            "phone": "0631 555 0168",
        },
        "locations": [
            {
                "name": "DRK-Haus Kaiserslautern",
                "street": "Augustastraße 12",
                "postcode": "67655",
                "city": "Kaiserslautern",
                "district": "innenstadt-suedwest",
                "latitude": 49.4385,
                "longitude": 7.7648,
                "by_appointment": True,
                "hours": [],
                "exceptions": [],
            },
        ],
        "confirmed_days_ago": 67,
        "status": "published",
    },
    {
        "external_id": "kl-b-eu-buergerberatung",
        "organisation": "abz-migrationsberatung",
        "title": {
            "de": "Beratung für EU-Bürgerinnen und EU-Bürger: Arbeit, Anmeldung, Sozialleistungen",
            "en": "Advice for EU citizens: work, registration and social benefits",
            "ar": "استشارات لمواطني الاتحاد الأوروبي: العمل والتسجيل والإعانات الاجتماعية",
            "uk": "Консультації для громадян ЄС: робота, реєстрація та соціальні виплати",
        },
        "summary": {
            "de": (
                "Sie kommen aus Rumänien, Bulgarien, Polen oder einem anderen EU-Land? Wir beraten "
                "zu Arbeitsvertrag, Lohn, Krankenversicherung und Kindergeld."
            ),
            "en": (
                "Do you come from Romania, Bulgaria, Poland or another EU country? We advise on "
                "employment contracts, wages, health insurance and child benefit."
            ),
            "ar": (
                "هل أتيت من رومانيا أو بلغاريا أو بولندا أو من بلد آخر في الاتحاد الأوروبي؟ نقدّم "
                "الاستشارة حول عقد العمل والأجر والتأمين الصحي وإعانة الأطفال."
            ),
            "uk": (
                "Ви приїхали з Румунії, Болгарії, Польщі чи іншої країни ЄС? Ми консультуємо щодо "
                "трудового договору, зарплати, медичного страхування та допомоги на дітей."
            ),
        },
        "description": {
            "de": (
                "<p>Als EU-Bürgerin oder EU-Bürger dürfen Sie in Deutschland leben und arbeiten. "
                "Trotzdem gibt es viele Fragen: Muss ich mich anmelden? Ist mein Lohn korrekt? Bin "
                "ich krankenversichert?</p><p>Unsere <strong>Beratungsstelle für "
                "EU-Zugewanderte</strong> hilft Ihnen auf Rumänisch, Bulgarisch, Polnisch und "
                "Deutsch. Wir prüfen mit Ihnen Arbeitsverträge und Lohnabrechnungen und helfen bei "
                "Anträgen, zum Beispiel für Kindergeld.</p><p>Mittwochnachmittags ist offene "
                "Sprechstunde im Stadtteilbüro Grübentälchen. Im ABZ in der Pirmasenser Straße "
                "beraten wir nach Terminvereinbarung.</p>"
            ),
            "en": (
                "<p>As an EU citizen you have the right to live and work in Germany. Even so, "
                "there are many questions: Do I have to register my address? Is my pay correct? Do "
                "I have health insurance?</p><p>Our <strong>advice centre for EU "
                "immigrants</strong> helps you in Romanian, Bulgarian, Polish and German. We check "
                "employment contracts and payslips with you and help with applications, for "
                "example for child benefit.</p><p>On Wednesday afternoons there are drop-in hours "
                "at the Grübentälchen neighbourhood office. At the ABZ on Pirmasenser Straße we "
                "advise by appointment.</p>"
            ),
            "ar": (
                "<p>بصفتك مواطنًا أو مواطنة من الاتحاد الأوروبي يحق لك العيش والعمل في ألمانيا. "
                "ومع ذلك هناك أسئلة كثيرة: هل يجب أن أسجّل عنواني؟ هل أجري صحيح؟ هل لدي تأمين "
                "صحي؟</p><p>يساعدك <strong>مكتب الاستشارة للمهاجرين من الاتحاد الأوروبي</strong> "
                "باللغات الرومانية والبلغارية والبولندية والألمانية. نراجع معك عقود العمل وكشوف "
                "الرواتب ونساعدك في تقديم الطلبات، مثل طلب إعانة الأطفال (Kindergeld).</p><p>أيام "
                "الأربعاء بعد الظهر توجد ساعات استقبال مفتوحة في مكتب حي Grübentälchen. وفي مركز "
                "ABZ في شارع Pirmasenser Straße نقدّم الاستشارة بموعد مسبق.</p>"
            ),
            "uk": (
                "<p>Як громадянин або громадянка ЄС ви маєте право жити й працювати в Німеччині. "
                "Проте запитань багато: чи треба реєструвати місце проживання? Чи правильна моя "
                "зарплата? Чи є в мене медичне страхування?</p><p>Наш <strong>консультаційний "
                "пункт для мігрантів з ЄС</strong> допомагає румунською, болгарською, польською та "
                "німецькою мовами. Ми разом з вами перевіряємо трудові договори й розрахункові "
                "листки та допомагаємо із заявами, наприклад на Kindergeld.</p><p>Щосереди після "
                "обіду відкритий прийом у районному бюро Grübentälchen. В ABZ на вулиці "
                "Pirmasenser Straße ми консультуємо за попереднім записом.</p>"
            ),
        },
        "themes": ["bildung-arbeit"],
        "categories": ["counselling"],
        "target_groups": ["eu_citizens", "skilled_workers"],
        "languages": ["de", "ro", "bg", "pl"],
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
            "name": "Krzysztof Nowak",
            "email": "eu-beratung@abz-kl.example.org",
            "phone": "0631 555 0165",
        },
        "locations": [
            {
                "name": "Stadtteilbüro Grübentälchen",
                "street": "Am Harzhübel 10",
                "postcode": "67657",
                "city": "Kaiserslautern",
                "district": "gruebentaelchen-volkspark",
                "latitude": 49.4391,
                "longitude": 7.7893,
                "by_appointment": False,
                "hours": [["wed", "14:00", "18:00"]],
                "exceptions": [],
            },
            {
                "name": "ABZ Kaiserslautern",
                "street": "Pirmasenser Straße 43",
                "postcode": "67655",
                "city": "Kaiserslautern",
                "district": "innenstadt-suedwest",
                "latitude": 49.4374,
                "longitude": 7.7624,
                "by_appointment": True,
                "hours": [],
                "exceptions": [],
            },
        ],
        "confirmed_days_ago": 15,
        "status": "published",
    },
    {
        "external_id": "kl-b-caritas-schuldnerberatung",
        "organisation": "caritas-zentrum-kaiserslautern",
        "title": {
            "de": "Schuldnerberatung: Hilfe bei Schulden, Mahnungen und Inkasso",
            "en": "Debt counselling: help with debts, payment reminders and debt collectors",
            "ar": "استشارات الديون: مساعدة في الديون والإنذارات وشركات التحصيل",
            "uk": "Консультації щодо боргів: допомога з боргами, нагадуваннями та колекторами",
        },
        "summary": {
            "de": (
                "Die Schuldnerberatung der Caritas hilft Ihnen, einen Überblick über Ihre Schulden "
                "zu bekommen und mit Gläubigern eine Lösung zu finden. Kostenlos, nur mit Termin."
            ),
            "en": (
                "Caritas debt counselling helps you get an overview of your debts and find a "
                "solution with your creditors. Free, by appointment only."
            ),
            "ar": (
                "تساعدك استشارات الديون لدى كاريتاس على الحصول على نظرة شاملة لديونك وإيجاد حل مع "
                "الدائنين. مجانًا وبموعد مسبق فقط."
            ),
            "uk": (
                "Служба боргових консультацій Caritas допоможе скласти огляд ваших боргів і знайти "
                "рішення з кредиторами. Безкоштовно, лише за записом."
            ),
        },
        "description": {
            "de": (
                "<p>Offene Rechnungen, Handyverträge, Mahnungen vom Inkassobüro: Schulden machen "
                "Angst. Warten Sie nicht zu lange – je früher Sie kommen, desto mehr können wir "
                "tun.</p><ul><li>Wir sortieren mit Ihnen alle Briefe und Forderungen.</li><li>Wir "
                "prüfen, welche Forderungen berechtigt sind, und verhandeln mit "
                "Gläubigern.</li><li>Wir richten mit Ihnen ein Pfändungsschutzkonto (P-Konto) ein "
                "und begleiten eine Privatinsolvenz.</li></ul><p>Bitte rufen Sie an und "
                "vereinbaren Sie einen Termin. Bringen Sie alle Briefe, Verträge und Kontoauszüge "
                "mit. Die Beratung ist auf Deutsch, Englisch und Türkisch möglich.</p>"
            ),
            "en": (
                "<p>Unpaid bills, mobile phone contracts, reminders from a debt collection agency: "
                "debts are frightening. Don't wait too long – the sooner you come, the more we can "
                "do.</p><ul><li>We sort all your letters and claims with you.</li><li>We check "
                "which claims are justified and negotiate with creditors.</li><li>We help you open "
                "a garnishment-protected account (P-Konto) and support you through personal "
                "insolvency.</li></ul><p>Please call us to book an appointment. Bring all letters, "
                "contracts and bank statements. Advice is available in German, English and "
                "Turkish.</p>"
            ),
            "ar": (
                "<p>فواتير غير مدفوعة، عقود هواتف، إنذارات من مكتب تحصيل الديون: الديون تثير "
                "الخوف. لا تنتظر طويلًا، فكلما أتيت أبكر استطعنا أن نفعل أكثر.</p><ul><li>نرتّب "
                "معك كل الرسائل والمطالبات.</li><li>نتحقق من المطالبات المستحقة فعلًا ونتفاوض مع "
                "الدائنين.</li><li>نساعدك في فتح حساب محمي من الحجز (P-Konto) ونرافقك في إجراءات "
                "الإعسار الشخصي.</li></ul><p>يرجى الاتصال بنا لحجز موعد. أحضر معك كل الرسائل "
                "والعقود وكشوف الحساب. الاستشارة ممكنة بالألمانية والإنجليزية والتركية.</p>"
            ),
            "uk": (
                "<p>Неоплачені рахунки, контракти на мобільний зв’язок, нагадування від "
                "колекторського агентства: борги лякають. Не чекайте надто довго — що раніше ви "
                "прийдете, то більше ми зможемо зробити.</p><ul><li>Ми разом з вами впорядкуємо "
                "всі листи та вимоги.</li><li>Ми перевіримо, які вимоги обґрунтовані, і поведемо "
                "переговори з кредиторами.</li><li>Ми допоможемо відкрити рахунок із захистом від "
                "стягнення (P-Konto) і супроводимо процедуру особистого "
                "банкрутства.</li></ul><p>Будь ласка, зателефонуйте й домовтеся про зустріч. "
                "Візьміть із собою всі листи, договори та виписки з рахунку. Консультація можлива "
                "німецькою, англійською та турецькою мовами.</p>"
            ),
        },
        "themes": ["bildung-arbeit"],
        "categories": ["counselling"],
        "target_groups": ["everyone", "families"],
        "languages": ["de", "en", "tr"],
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
            "name": "Thomas Weber",
            "email": "schuldnerberatung@caritas-kl.example.org",
            "phone": "0631 555 0162",
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
                "by_appointment": True,
                "hours": [],
                "exceptions": [],
            },
        ],
        "confirmed_days_ago": 245,
        "status": "published",
    },
    {
        "external_id": "kl-b-caritas-psychosoziale-beratung",
        "organisation": "caritas-zentrum-kaiserslautern",
        "title": {
            "de": "Psychosoziale Beratung für Geflüchtete – auch mit Dolmetscher",
            "en": "Psychosocial counselling for refugees – interpreters available",
            "ar": "استشارات نفسية واجتماعية للاجئين – مع إمكانية الترجمة",
            "uk": "Психосоціальна консультація для біженців – також із перекладачем",
        },
        "summary": {
            "de": (
                "Krieg, Flucht und Verlust können krank machen. Fachkräfte hören zu, stabilisieren "
                "und vermitteln bei Bedarf an eine Therapie. Nur mit Termin."
            ),
            "en": (
                "War, flight and loss can make you ill. Specialists listen, help you to stabilise "
                "and refer you to therapy if needed. By appointment only."
            ),
            "ar": (
                "الحرب واللجوء والفقدان قد تسبب المرض. يستمع إليك مختصون ويساعدونك على الاستقرار "
                "ويحيلونك إلى العلاج عند الحاجة. بموعد مسبق فقط."
            ),
            "uk": (
                "Війна, втеча та втрати можуть спричинити хворобу. Фахівці вислухають, допоможуть "
                "стабілізуватися та за потреби направлять на терапію. Лише за записом."
            ),
        },
        "description": {
            "de": (
                "<p>Viele Menschen, die flüchten mussten, schlafen schlecht, haben Albträume oder "
                "fühlen sich ständig angespannt. Das ist eine normale Reaktion auf schlimme "
                "Erlebnisse. Sie müssen damit nicht allein bleiben.</p><p>In der "
                "<strong>psychosozialen Beratung</strong> sprechen Sie mit Psychologinnen und "
                "Sozialarbeitern. Wir führen bis zu zehn Gespräche, zeigen Übungen zur Entspannung "
                "und suchen mit Ihnen einen Therapieplatz. Geschulte Dolmetscherinnen und "
                "Dolmetscher übersetzen.</p><p>Vereinbaren Sie einen Termin per Telefon oder "
                "E-Mail. Die Beratung ist kostenlos und unterliegt der Schweigepflicht.</p>"
            ),
            "en": (
                "<p>Many people who had to flee sleep badly, have nightmares or feel tense all the "
                "time. This is a normal reaction to terrible experiences. You don't have to face "
                "it alone.</p><p>In <strong>psychosocial counselling</strong> you talk to "
                "psychologists and social workers. We offer up to ten sessions, show you "
                "relaxation exercises and look for a therapy place with you. Trained interpreters "
                "translate.</p><p>Book an appointment by phone or e-mail. Counselling is free and "
                "strictly confidential.</p>"
            ),
            "ar": (
                "<p>كثير من الأشخاص الذين اضطروا إلى اللجوء ينامون بصعوبة أو تراودهم الكوابيس أو "
                "يشعرون بتوتر دائم. هذا رد فعل طبيعي على تجارب قاسية، ولست مضطرًا إلى مواجهته "
                "وحدك.</p><p>في <strong>الاستشارة النفسية والاجتماعية</strong> تتحدث مع أخصائيات "
                "نفسيات وأخصائيين اجتماعيين. نقدّم حتى عشر جلسات، ونعلّمك تمارين للاسترخاء، ونبحث "
                "معك عن مكان للعلاج. يترجم مترجمون ومترجمات مدرَّبون.</p><p>احجز موعدًا عبر الهاتف "
                "أو البريد الإلكتروني. الاستشارة مجانية وتخضع لواجب الحفاظ على السرية.</p>"
            ),
            "uk": (
                "<p>Багато людей, які були змушені тікати, погано сплять, бачать жахіття або "
                "постійно відчувають напругу. Це нормальна реакція на тяжкі переживання. Вам не "
                "потрібно залишатися з цим наодинці.</p><p>Під час <strong>психосоціальної "
                "консультації</strong> ви розмовляєте з психологинями та соціальними працівниками. "
                "Ми проводимо до десяти зустрічей, показуємо вправи для розслаблення й разом "
                "шукаємо місце для терапії. Перекладають підготовлені перекладачі та "
                "перекладачки.</p><p>Домовтеся про зустріч телефоном або електронною поштою. "
                "Консультація безкоштовна, діє обов’язок збереження таємниці.</p>"
            ),
        },
        "themes": ["gesundheit"],
        "categories": ["counselling", "health"],
        "target_groups": ["refugees"],
        "languages": ["de", "en", "ar", "fa", "uk", "ru"],
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
            "name": "Leonie Brandt",
            "email": "psychosozial@caritas-kl.example.org",
            "phone": "0631 555 0163",
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
                "by_appointment": True,
                "hours": [],
                "exceptions": [],
            },
        ],
        "confirmed_days_ago": 58,
        "status": "published",
    },
    {
        "external_id": "kl-b-gesundheitsberatung-familien",
        "organisation": "projektbuero-integration",
        "title": {
            "de": "Gesundheitsberatung vor Ort für zugewanderte Familien",
            "en": "Local health counselling for immigrant families",
            "ar": "استشارات صحية في الحي للعائلات المهاجرة",
            "uk": "Консультації з питань здоров’я на місці для сімей мігрантів",
        },
        "summary": {
            "de": (
                "Eine Gesundheitslotsin erklärt, wie das deutsche Gesundheitssystem funktioniert: "
                "Hausarzt, Kinderarzt, Krankenkasse und Notdienst. Ohne Anmeldung."
            ),
            "en": (
                "A health guide explains how the German health system works: family doctor, "
                "paediatrician, health insurance and out-of-hours services. No registration needed."
            ),
            "ar": (
                "تشرح مرشدة صحية كيف يعمل النظام الصحي الألماني: طبيب الأسرة وطبيب الأطفال وصندوق "
                "التأمين الصحي وخدمة الطوارئ. دون تسجيل مسبق."
            ),
            "uk": (
                "Консультантка з питань здоров’я пояснює, як працює німецька система охорони "
                "здоров’я: сімейний лікар, педіатр, лікарняна каса та чергова служба. Без "
                "реєстрації."
            ),
        },
        "description": {
            "de": (
                "<p>Welcher Arzt ist für mein Kind zuständig? Was mache ich am Wochenende, wenn "
                "jemand krank wird? Was bezahlt die Krankenkasse? Die "
                "<strong>Gesundheitsberatung</strong> beantwortet Ihre Fragen direkt in Ihrem "
                "Stadtteil.</p><ul><li>Suche nach Hausarzt, Kinderarzt oder "
                "Frauenärztin</li><li>Vorsorgeuntersuchungen (U-Untersuchungen) und Impfungen für "
                "Kinder</li><li>Hilfe bei Formularen der Krankenkasse</li></ul><p>Die Sprechstunde "
                "ist mittwochs im Stadtteilbüro Kaiserslautern-West und freitags im Quartiersbüro "
                "Betzenberg. Sie können ohne Termin kommen. Die Beratung ist Teil des städtischen "
                "Integrationskonzepts.</p>"
            ),
            "en": (
                "<p>Which doctor is responsible for my child? What do I do at the weekend if "
                "someone falls ill? What does health insurance pay for? <strong>Health "
                "counselling</strong> answers your questions right in your "
                "neighbourhood.</p><ul><li>Finding a family doctor, paediatrician or "
                "gynaecologist</li><li>Check-ups for children (U-Untersuchungen) and "
                "vaccinations</li><li>Help with health insurance forms</li></ul><p>Consultations "
                "take place on Wednesdays at the Kaiserslautern-West neighbourhood office and on "
                "Fridays at the Betzenberg neighbourhood office. You can come without an "
                "appointment. The service is part of the city's integration concept.</p>"
            ),
            "ar": (
                "<p>أي طبيب مسؤول عن طفلي؟ ماذا أفعل في عطلة نهاية الأسبوع إذا مرض أحد أفراد "
                "الأسرة؟ ما الذي يدفعه صندوق التأمين الصحي؟ تجيب <strong>الاستشارة الصحية</strong> "
                "عن أسئلتك مباشرة في حيّك.</p><ul><li>البحث عن طبيب أسرة أو طبيب أطفال أو طبيبة "
                "نسائية</li><li>الفحوصات الوقائية للأطفال (U-Untersuchungen) "
                "والتطعيمات</li><li>المساعدة في نماذج صندوق التأمين الصحي</li></ul><p>ساعات "
                "الاستشارة أيام الأربعاء في مكتب الحي في Kaiserslautern-West وأيام الجمعة في مكتب "
                "حي Betzenberg. يمكنك الحضور دون موعد. هذه الاستشارة جزء من مفهوم الاندماج الخاص "
                "بالمدينة.</p>"
            ),
            "uk": (
                "<p>Який лікар відповідає за мою дитину? Що робити у вихідні, якщо хтось захворів? "
                "За що платить лікарняна каса? <strong>Консультація з питань здоров’я</strong> "
                "відповідає на ваші запитання просто у вашому районі.</p><ul><li>Пошук сімейного "
                "лікаря, педіатра або гінекологині</li><li>Профілактичні огляди дітей "
                "(U-Untersuchungen) і щеплення</li><li>Допомога з формулярами лікарняної "
                "каси</li></ul><p>Прийом відбувається щосереди в районному бюро "
                "Kaiserslautern-West і щоп’ятниці в районному бюро Betzenberg. Можна прийти без "
                "запису. Консультація є частиною міської концепції інтеграції.</p>"
            ),
        },
        "themes": ["gesundheit"],
        "categories": ["health", "children_family"],
        "target_groups": ["families", "women", "refugees"],
        "languages": ["de", "ar", "tr", "ro", "bg", "uk"],
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
            "name": "Aylin Demir",
            "email": "gesundheitsberatung@kaiserslautern.example.org",
            "phone": "0631 555 0172",
        },
        "locations": [
            {
                "name": "Stadtteilbüro Kaiserslautern-West",
                "street": "Slevogtstraße 48",
                "postcode": "67663",
                "city": "Kaiserslautern",
                "district": "kaiserslautern-west",
                "latitude": 49.4401,
                "longitude": 7.7312,
                "by_appointment": False,
                "hours": [["wed", "10:00", "12:00"]],
                "exceptions": [],
            },
            {
                "name": "Quartiersbüro Betzenberg",
                "street": "Kantstraße 12",
                "postcode": "67663",
                "city": "Kaiserslautern",
                "district": "betzenberg",
                "latitude": 49.4322,
                "longitude": 7.7752,
                "by_appointment": False,
                "hours": [["fri", "10:00", "12:00"]],
                "exceptions": [],
            },
        ],
        "confirmed_days_ago": 26,
        "status": "published",
    },
    {
        "external_id": "kl-b-hebammensprechstunde",
        "organisation": "drk-kreisverband-kaiserslautern",
        "title": {
            "de": "Hebammensprechstunde mit Dolmetscherinnen für Schwangere und junge Mütter",
            "en": "Midwife consultation with interpreters for pregnant women and young mothers",
            "ar": "استشارة القابلة بمساعدة مترجمات للحوامل والأمهات الجدد",
            "uk": "Консультація акушерки з перекладачками для вагітних і молодих мам",
        },
        "summary": {
            "de": (
                "Eine Hebamme beantwortet Fragen zu Schwangerschaft, Geburt, Stillen und "
                "Babypflege. Dolmetscherinnen übersetzen auf Arabisch, Dari, Ukrainisch und "
                "Türkisch."
            ),
            "en": (
                "A midwife answers questions about pregnancy, birth, breastfeeding and baby care. "
                "Interpreters translate into Arabic, Dari, Ukrainian and Turkish."
            ),
            "ar": (
                "تجيب قابلة عن الأسئلة المتعلقة بالحمل والولادة والرضاعة الطبيعية والعناية "
                "بالرضيع. وتترجم مترجمات إلى العربية والدارية والأوكرانية والتركية."
            ),
            "uk": (
                "Акушерка відповідає на запитання про вагітність, пологи, грудне вигодовування та "
                "догляд за немовлям. Перекладачки перекладають арабською, дарі, українською та "
                "турецькою."
            ),
        },
        "description": {
            "de": (
                "<p>Sie sind schwanger oder haben gerade ein Baby bekommen? In der "
                "<strong>Hebammensprechstunde</strong> im DRK-Familienzentrum Bännjerrück bekommen "
                "Sie Rat von einer erfahrenen Hebamme – in Ihrer Sprache.</p><ul><li>Vorsorge in "
                "der Schwangerschaft und Anmeldung zur Geburt im Krankenhaus</li><li>Stillen, "
                "Schlafen, Gewicht des Babys</li><li>Wie finde ich eine Hebamme für das "
                "Wochenbett?</li></ul><p>Die Sprechstunde ist jeden Dienstagnachmittag. Bitte "
                "melden Sie sich bis Montag an, damit wir die passende Dolmetscherin einladen "
                "können. Geschwisterkinder dürfen mitkommen.</p>"
            ),
            "en": (
                "<p>Are you pregnant or have you just had a baby? At the <strong>midwife "
                "consultation</strong> in the Red Cross family centre in Bännjerrück an "
                "experienced midwife gives you advice – in your language.</p><ul><li>Antenatal "
                "care and registering at the hospital for the birth</li><li>Breastfeeding, sleep "
                "and your baby's weight</li><li>How do I find a midwife for the weeks after the "
                "birth?</li></ul><p>The consultation takes place every Tuesday afternoon. Please "
                "register by Monday so that we can invite the right interpreter. Older siblings "
                "are welcome to come along.</p>"
            ),
            "ar": (
                "<p>هل أنتِ حامل أو أنجبتِ طفلًا حديثًا؟ في <strong>استشارة القابلة</strong> في "
                "مركز العائلة التابع للصليب الأحمر في Bännjerrück تحصلين على نصيحة من قابلة ذات "
                "خبرة، وبلغتك.</p><ul><li>الرعاية أثناء الحمل والتسجيل للولادة في "
                "المستشفى</li><li>الرضاعة الطبيعية ونوم الطفل ووزنه</li><li>كيف أجد قابلة لفترة "
                "النفاس؟</li></ul><p>الاستشارة كل يوم ثلاثاء بعد الظهر. يرجى التسجيل حتى يوم "
                "الاثنين لكي ندعو المترجمة المناسبة. يمكنكِ إحضار إخوة الطفل الصغار.</p>"
            ),
            "uk": (
                "<p>Ви вагітні або нещодавно народили дитину? На <strong>консультації "
                "акушерки</strong> в сімейному центрі DRK у Bännjerrück ви отримаєте пораду від "
                "досвідченої акушерки — вашою мовою.</p><ul><li>Спостереження під час вагітності "
                "та реєстрація на пологи в лікарні</li><li>Грудне вигодовування, сон і вага "
                "дитини</li><li>Як знайти акушерку на післяпологовий "
                "період?</li></ul><p>Консультація відбувається щовівторка після обіду. Будь ласка, "
                "зареєструйтеся до понеділка, щоб ми могли запросити потрібну перекладачку. "
                "Старших дітей можна брати з собою.</p>"
            ),
        },
        "themes": ["gesundheit"],
        "categories": ["health", "children_family"],
        "target_groups": ["women", "families"],
        "languages": ["de", "ar", "prs", "uk", "tr"],
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
            "name": "Anna Schäfer",
            "email": "familienzentrum@drk-kl.example.org",
            "phone": "0631 555 0169",
        },
        "locations": [
            {
                "name": "DRK-Familienzentrum Bännjerrück",
                "street": "Bännjerstraße 26",
                "postcode": "67663",
                "city": "Kaiserslautern",
                "district": "baennjerrueck-karl-pfaff-siedlung",
                "latitude": 49.4338,
                "longitude": 7.7428,
                "by_appointment": False,
                "hours": [["tue", "14:00", "16:30"]],
                "exceptions": [],
            },
        ],
        "confirmed_days_ago": 6,
        "status": "in_review",
    },
    {
        "external_id": "kl-b-impfberatung-ortsbezirke",
        "organisation": "projektbuero-integration",
        "title": {
            "de": "Impfberatung in den Ortsbezirken: Impfpass prüfen lassen",
            "en": "Vaccination advice in the outer districts: get your vaccination record checked",
            "ar": "استشارات التطعيم في الأحياء الخارجية: افحص دفتر التطعيم الخاص بك",
            "uk": "Консультації щодо щеплень у передмістях: перевірте свій щеплювальний паспорт",
        },
        "summary": {
            "de": (
                "Eine Ärztin des Gesundheitsamts prüft Impfpässe und erklärt, welche Impfungen für "
                "Kinder und Erwachsene empfohlen sind. Nur in den nächsten Wochen."
            ),
            "en": (
                "A doctor from the public health office checks vaccination records and explains "
                "which vaccinations are recommended for children and adults. For the next few "
                "weeks only."
            ),
            "ar": (
                "تفحص طبيبة من دائرة الصحة دفاتر التطعيم وتشرح التطعيمات الموصى بها للأطفال "
                "والبالغين. في الأسابيع القادمة فقط."
            ),
            "uk": (
                "Лікарка з відомства охорони здоров’я перевіряє щеплювальні паспорти й пояснює, "
                "які щеплення рекомендовані дітям і дорослим. Лише найближчими тижнями."
            ),
        },
        "description": {
            "de": (
                "<p>Fehlt eine Impfung für die Kita oder die Schule? Haben Sie einen Impfpass aus "
                "Ihrem Herkunftsland, verstehen ihn aber nicht? Bei der "
                "<strong>Impfberatung</strong> schaut eine Ärztin des Gesundheitsamts mit Ihnen in "
                "die Unterlagen.</p><p>Die Beratung findet in den nächsten Wochen an zwei Orten "
                "statt: dienstags im Bürgerhaus Erfenbach und donnerstags im Gemeindehaus "
                "Siegelbach. Bringen Sie alle Impfausweise und die Gesundheitskarte "
                "mit.</p><p>Geimpft wird in der Beratung nicht. Sie bekommen aber eine Liste mit "
                "Arztpraxen in Ihrer Nähe und einen Plan, welche Impfungen noch fehlen.</p>"
            ),
            "en": (
                "<p>Is your child missing a vaccination for daycare or school? Do you have a "
                "vaccination record from your home country but can't understand it? At the "
                "<strong>vaccination advice</strong> session a doctor from the public health "
                "office goes through your documents with you.</p><p>For the next few weeks the "
                "advice is offered in two places: on Tuesdays at the Bürgerhaus Erfenbach and on "
                "Thursdays at the parish hall in Siegelbach. Bring all vaccination records and "
                "your health insurance card.</p><p>No vaccinations are given during the session. "
                "Instead you receive a list of nearby doctors' practices and a plan showing which "
                "vaccinations are still missing.</p>"
            ),
            "ar": (
                "<p>هل ينقص طفلك تطعيم مطلوب للحضانة أو المدرسة؟ هل معك دفتر تطعيم من بلدك الأصلي "
                "لكنك لا تفهمه؟ في <strong>استشارة التطعيم</strong> تراجع معك طبيبة من دائرة الصحة "
                "وثائقك.</p><p>تُقدَّم الاستشارة في الأسابيع القادمة في مكانين: أيام الثلاثاء في "
                "قاعة المواطنين في Erfenbach، وأيام الخميس في قاعة الأبرشية في Siegelbach. أحضر "
                "معك جميع بطاقات التطعيم وبطاقة التأمين الصحي.</p><p>لا يتم التطعيم أثناء "
                "الاستشارة، لكنك تحصل على قائمة بالعيادات القريبة منك وخطة توضح التطعيمات التي ما "
                "زالت ناقصة.</p>"
            ),
            "uk": (
                "<p>Для дитсадка чи школи бракує щеплення? У вас є щеплювальний паспорт із країни "
                "походження, але ви його не розумієте? На <strong>консультації щодо "
                "щеплень</strong> лікарка відомства охорони здоров’я перегляне з вами "
                "документи.</p><p>Найближчими тижнями консультація відбувається у двох місцях: "
                "щовівторка в Bürgerhaus Erfenbach і щочетверга в парафіяльному домі в Siegelbach. "
                "Візьміть із собою всі документи про щеплення та картку медичного "
                "страхування.</p><p>Самих щеплень під час консультації не роблять. Натомість ви "
                "отримаєте список лікарських практик поблизу та план, яких щеплень ще бракує.</p>"
            ),
        },
        "themes": ["gesundheit"],
        "categories": ["health"],
        "target_groups": ["families", "everyone"],
        "languages": ["de", "en", "ar", "uk", "ro"],
        "cost": "free",
        "cost_amount": None,
        "cost_note": {},
        "registration_required": False,
        "step_free": True,
        "hearing_loop": False,
        "online": False,
        "online_url": "",
        "valid_from_days": -14,
        "valid_until_days": 42,
        "contact": {
            "name": "Aylin Demir",
            "email": "gesundheitsberatung@kaiserslautern.example.org",
            "phone": "0631 555 0172",
        },
        "locations": [
            {
                "name": "Bürgerhaus Erfenbach",
                "street": "Lampertsmühler Straße 12",
                "postcode": "67659",
                "city": "Kaiserslautern",
                "district": "erfenbach",
                "latitude": 49.4705,
                "longitude": 7.711,
                "by_appointment": False,
                "hours": [["tue", "15:00", "18:00"]],
                "exceptions": [],
            },
            {
                "name": "Protestantisches Gemeindehaus Siegelbach",
                "street": "Hauptstraße 42",
                "postcode": "67661",
                "city": "Kaiserslautern",
                "district": "siegelbach",
                "latitude": 49.4728,
                "longitude": 7.6855,
                "by_appointment": False,
                "hours": [["thu", "15:00", "18:00"]],
                "exceptions": [],
            },
        ],
        "confirmed_days_ago": 10,
        "status": "published",
    },
    {
        "external_id": "kl-b-telefon-seelische-gesundheit",
        "organisation": "caritas-zentrum-kaiserslautern",
        "title": {
            "de": (
                "Erstkontakt seelische Gesundheit: telefonische Sprechstunde in mehreren Sprachen"
            ),
            "en": "Mental health first contact: telephone consultation in several languages",
            "ar": "أول تواصل بشأن الصحة النفسية: استشارة هاتفية بعدة لغات",
            "uk": "Перший контакт щодо психічного здоров’я: телефонна консультація кількома мовами",
        },
        "summary": {
            "de": (
                "Sie fühlen sich traurig, erschöpft oder haben Angst? Am Telefon klären wir, "
                "welche Hilfe passt: Beratung, Selbsthilfegruppe oder Therapie."
            ),
            "en": (
                "Do you feel sad, exhausted or anxious? On the phone we work out which kind of "
                "help suits you: counselling, a self-help group or therapy."
            ),
            "ar": (
                "هل تشعر بالحزن أو الإرهاق أو الخوف؟ نحدد معك عبر الهاتف نوع المساعدة المناسبة: "
                "استشارة أو مجموعة دعم ذاتي أو علاج."
            ),
            "uk": (
                "Вам сумно, ви виснажені або відчуваєте страх? Телефоном ми з’ясуємо, яка допомога "
                "вам підходить: консультація, група самодопомоги чи терапія."
            ),
        },
        "description": {
            "de": (
                "<p>Der erste Schritt ist oft der schwerste. Deshalb gibt es eine "
                "<strong>telefonische Sprechstunde</strong> für alle, die sich seelisch belastet "
                "fühlen. Sie müssen nicht sagen, wie Sie heißen.</p><p>Rufen Sie montags bis "
                "freitags zwischen 10 und 12 Uhr an. Eine Fachkraft hört Ihnen zu und sucht mit "
                "Ihnen passende Angebote in Kaiserslautern. Gespräche auf Arabisch, Farsi, "
                "Ukrainisch und Russisch sind mit Telefondolmetschern möglich.</p><p><strong>In "
                "einem akuten Notfall</strong> rufen Sie bitte die 112 an oder gehen in die "
                "nächste Klinik.</p>"
            ),
            "en": (
                "<p>The first step is often the hardest. That is why there is a <strong>telephone "
                "consultation</strong> for anyone who feels under emotional strain. You don't have "
                "to give your name.</p><p>Call Monday to Friday between 10 am and 12 noon. A "
                "specialist listens to you and looks for suitable services in Kaiserslautern with "
                "you. Conversations in Arabic, Farsi, Ukrainian and Russian are possible with "
                "telephone interpreters.</p><p><strong>In an acute emergency</strong> please call "
                "112 or go to the nearest hospital.</p>"
            ),
            "ar": (
                "<p>غالبًا ما تكون الخطوة الأولى هي الأصعب. لذلك توجد <strong>استشارة "
                "هاتفية</strong> لكل من يشعر بضغط نفسي. لست مضطرًا إلى ذكر اسمك.</p><p>اتصل من "
                "الاثنين إلى الجمعة بين الساعة 10 والساعة 12 ظهرًا. يستمع إليك مختص ويبحث معك عن "
                "خدمات مناسبة في كايزرسلاوترن. المحادثات بالعربية والفارسية والأوكرانية والروسية "
                "ممكنة بمساعدة مترجمين عبر الهاتف.</p><p><strong>في حالة الطوارئ الحادة</strong> "
                "يرجى الاتصال بالرقم 112 أو التوجه إلى أقرب مستشفى.</p>"
            ),
            "uk": (
                "<p>Перший крок часто найважчий. Тому існує <strong>телефонна "
                "консультація</strong> для всіх, хто відчуває психологічне навантаження. Називати "
                "своє ім’я не обов’язково.</p><p>Телефонуйте з понеділка по п’ятницю з 10 до 12 "
                "години. Фахівець вислухає вас і разом з вами знайде відповідні послуги в "
                "Кайзерслаутерні. Розмови арабською, фарсі, українською та російською можливі за "
                "допомогою телефонних перекладачів.</p><p><strong>У гострій надзвичайній "
                "ситуації</strong> телефонуйте за номером 112 або йдіть до найближчої лікарні.</p>"
            ),
        },
        "themes": ["gesundheit"],
        "categories": ["health", "counselling"],
        "target_groups": ["everyone", "refugees"],
        "languages": ["de", "en", "ar", "fa", "uk", "ru"],
        "cost": "free",
        "cost_amount": None,
        "cost_note": {},
        "registration_required": False,
        "step_free": True,
        "hearing_loop": False,
        "online": True,
        "online_url": "https://caritas-zentrum.kaiserslautern.example.org/seelische-gesundheit",
        "valid_from_days": None,
        "valid_until_days": None,
        "contact": {
            "name": "Leonie Brandt",
            "email": "psychosozial@caritas-kl.example.org",
            "phone": "0631 555 0163",
        },
        "locations": [],
        "confirmed_days_ago": 40,
        "status": "published",
    },
    {
        "external_id": "kl-b-bau-ag-wohnberatung",
        "organisation": "bau-ag-kaiserslautern",
        "title": {
            "de": "Wohnberatung der Bau AG: Mietwohnung beantragen und Fragen zum Mietvertrag",
            "en": (
                "Bau AG housing advice: applying for a rented flat and questions about your lease"
            ),
            "ar": "استشارات السكن لدى شركة Bau AG: طلب شقة للإيجار وأسئلة حول عقد الإيجار",
            "uk": "Житлова консультація Bau AG: заявка на квартиру та питання щодо договору оренди",
        },
        "summary": {
            "de": (
                "Die städtische Wohnungsbaugesellschaft erklärt, wie Sie sich für eine Wohnung "
                "bewerben und was im Mietvertrag steht. Auch Hilfe zum Wohnberechtigungsschein "
                "(WBS)."
            ),
            "en": (
                "The municipal housing company explains how to apply for a flat and what your "
                "tenancy agreement says. Help with the housing entitlement certificate (WBS) too."
            ),
            "ar": (
                "تشرح شركة الإسكان التابعة للمدينة كيف تتقدّم بطلب للحصول على شقة وما الذي ينص "
                "عليه عقد الإيجار. وتساعد أيضًا في شهادة أحقية السكن (WBS)."
            ),
            "uk": (
                "Міська житлова компанія пояснює, як подати заявку на квартиру і що написано в "
                "договорі оренди. Також допомога з довідкою на право соціального житла (WBS)."
            ),
        },
        "description": {
            "de": (
                "<p>Die Bau AG vermietet bezahlbare Wohnungen in vielen Stadtteilen von "
                "Kaiserslautern. In der <strong>Wohnberatung</strong> füllen wir mit Ihnen den "
                "Wohnungsantrag aus und erklären, welche Unterlagen Sie "
                "brauchen.</p><ul><li>Wohnungsantrag und Wohnberechtigungsschein "
                "(WBS)</li><li>Mietvertrag, Nebenkosten und Hausordnung "
                "verstehen</li><li>Mülltrennung, Lüften und Heizen – Tipps für die neue "
                "Wohnung</li></ul><p>Kommen Sie in die Sprechzeiten im Kundencenter in der "
                "Fischerstraße oder dienstags ins Quartiersbüro Betzenberg. Eine Wohnung können "
                "wir in der Beratung nicht versprechen, aber wir zeigen Ihnen alle Wege.</p>"
            ),
            "en": (
                "<p>Bau AG rents out affordable flats in many districts of Kaiserslautern. In our "
                "<strong>housing advice</strong> we fill in the flat application with you and "
                "explain which documents you need.</p><ul><li>Flat application and housing "
                "entitlement certificate (WBS)</li><li>Understanding the tenancy agreement, "
                "service charges and house rules</li><li>Waste sorting, airing and heating – tips "
                "for your new home</li></ul><p>Come during opening hours to the customer centre on "
                "Fischerstraße or on Tuesdays to the Betzenberg neighbourhood office. We cannot "
                "promise you a flat, but we will show you every option.</p>"
            ),
            "ar": (
                "<p>تؤجّر شركة Bau AG شققًا بأسعار معقولة في كثير من أحياء كايزرسلاوترن. في "
                "<strong>استشارة السكن</strong> نملأ معك طلب الشقة ونشرح لك الوثائق التي "
                "تحتاجها.</p><ul><li>طلب الشقة وشهادة أحقية السكن (WBS)</li><li>فهم عقد الإيجار "
                "والتكاليف الإضافية ونظام المبنى</li><li>فرز النفايات والتهوية والتدفئة: نصائح "
                "للشقة الجديدة</li></ul><p>تعال في أوقات الاستقبال إلى مركز العملاء في شارع "
                "Fischerstraße أو أيام الثلاثاء إلى مكتب حي Betzenberg. لا يمكننا أن نعدك بشقة "
                "خلال الاستشارة، لكننا نعرض عليك كل الطرق الممكنة.</p>"
            ),
            "uk": (
                "<p>Bau AG здає в оренду доступні квартири в багатьох районах Кайзерслаутерна. Під "
                "час <strong>житлової консультації</strong> ми разом з вами заповнимо заявку на "
                "квартиру й пояснимо, які документи потрібні.</p><ul><li>Заявка на квартиру та "
                "довідка WBS</li><li>Розуміння договору оренди, комунальних платежів і правил "
                "будинку</li><li>Сортування сміття, провітрювання й опалення — поради для нової "
                "квартири</li></ul><p>Приходьте в години прийому до клієнтського центру на вулиці "
                "Fischerstraße або щовівторка до районного бюро Betzenberg. Ми не можемо пообіцяти "
                "вам квартиру, але покажемо всі можливості.</p>"
            ),
        },
        "themes": ["wohnen"],
        "categories": ["housing"],
        "target_groups": ["everyone", "families", "refugees"],
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
            "name": "Claudia Wagner",
            "email": "wohnberatung@bau-ag-kl.example.org",
            "phone": "0631 555 0178",
        },
        "locations": [
            {
                "name": "Bau AG Kundencenter",
                "street": "Fischerstraße 27",
                "postcode": "67655",
                "city": "Kaiserslautern",
                "district": "innenstadt-suedwest",
                "latitude": 49.4395,
                "longitude": 7.7598,
                "by_appointment": False,
                "hours": [
                    ["mon", "09:00", "12:00"],
                    ["wed", "09:00", "12:00"],
                    ["thu", "14:00", "18:00"],
                ],
                "exceptions": [],
            },
            {
                "name": "Quartiersbüro Betzenberg",
                "street": "Kantstraße 12",
                "postcode": "67663",
                "city": "Kaiserslautern",
                "district": "betzenberg",
                "latitude": 49.4322,
                "longitude": 7.7752,
                "by_appointment": False,
                "hours": [["tue", "10:00", "12:00"]],
                "exceptions": [],
            },
        ],
        "confirmed_days_ago": 52,
        "status": "published",
    },
    {
        "external_id": "kl-b-wohnungssuche-sprechstunde",
        "organisation": "projektbuero-integration",
        "title": {
            "de": "Hilfe bei der Wohnungssuche: Sprechstunde im Rathaus",
            "en": "Help with finding a flat: consultation hours at the town hall",
            "ar": "المساعدة في البحث عن سكن: ساعات استقبال في مبنى البلدية",
            "uk": "Допомога з пошуком житла: години прийому в ратуші",
        },
        "summary": {
            "de": (
                "Wir zeigen, wo Sie Wohnungsanzeigen finden, wie eine gute Bewerbung aussieht und "
                "wer Kaution und Miete übernehmen kann."
            ),
            "en": (
                "We show you where to find flat listings, what a good application looks like and "
                "who can cover the deposit and rent."
            ),
            "ar": (
                "نريك أين تجد إعلانات الشقق، وكيف يبدو طلب جيد، ومن يمكنه تحمّل مبلغ التأمين "
                "والإيجار."
            ),
            "uk": (
                "Ми покажемо, де шукати оголошення про житло, як виглядає добра заявка та хто може "
                "оплатити заставу й оренду."
            ),
        },
        "description": {
            "de": (
                "<p>Die <strong>Wohnungssuche</strong> in Kaiserslautern braucht Geduld. Im "
                "Projektbüro Integration helfen wir Ihnen, Schritt für Schritt "
                "vorzugehen.</p><ul><li>Wohnungsportale, Zeitungsanzeigen und Aushänge "
                "nutzen</li><li>Eine Bewerbungsmappe mit Selbstauskunft, Einkommensnachweis und "
                "Schufa-Auskunft vorbereiten</li><li>Mietübernahme durch Jobcenter oder Sozialamt: "
                "Welche Miete ist angemessen?</li><li>Telefonate mit Vermieterinnen und Vermietern "
                "üben</li></ul><p>Kommen Sie ohne Termin ins Rathaus, Erdgeschoss, Zimmer 12. "
                "Bringen Sie, wenn vorhanden, Ihren Bescheid vom Jobcenter mit.</p>"
            ),
            "en": (
                "<p><strong>Finding a flat</strong> in Kaiserslautern takes patience. At the "
                "Project Office for Integration we help you go about it step by "
                "step.</p><ul><li>Using property websites, newspaper ads and notice "
                "boards</li><li>Preparing an application folder with a tenant self-disclosure "
                "form, proof of income and a Schufa credit report</li><li>Rent paid by the job "
                "centre or social welfare office: what rent is considered "
                "reasonable?</li><li>Practising phone calls with landlords</li></ul><p>Come to the "
                "town hall without an appointment, ground floor, room 12. If you have one, bring "
                "your decision letter from the job centre.</p>"
            ),
            "ar": (
                "<p>يحتاج <strong>البحث عن سكن</strong> في كايزرسلاوترن إلى الصبر. في مكتب مشروع "
                "الاندماج نساعدك على التقدّم خطوة بخطوة.</p><ul><li>استخدام مواقع الشقق وإعلانات "
                "الصحف والإعلانات المعلّقة</li><li>تجهيز ملف طلب يتضمن استمارة المعلومات الذاتية "
                "وإثبات الدخل وشهادة Schufa الائتمانية</li><li>تحمّل الإيجار من قبل مركز العمل "
                "(Jobcenter) أو دائرة الشؤون الاجتماعية: ما هو الإيجار المناسب؟</li><li>التدرب على "
                "الاتصال الهاتفي مع المؤجرين والمؤجرات</li></ul><p>تعال دون موعد إلى مبنى البلدية، "
                "الطابق الأرضي، الغرفة 12. وأحضر معك قرار مركز العمل إن وُجد.</p>"
            ),
            "uk": (
                "<p><strong>Пошук житла</strong> в Кайзерслаутерні потребує терпіння. У Проєктному "
                "бюро з питань інтеграції ми допоможемо вам діяти крок за "
                "кроком.</p><ul><li>Користуватися порталами житла, оголошеннями в газетах і на "
                "дошках</li><li>Підготувати папку із заявкою: анкета орендаря, підтвердження "
                "доходу та довідка Schufa</li><li>Оплата оренди через Jobcenter або соціальне "
                "відомство: яка оренда вважається прийнятною?</li><li>Потренуватися телефонувати "
                "орендодавцям</li></ul><p>Приходьте без запису до ратуші, перший поверх, кімната "
                "12. Якщо маєте, візьміть із собою рішення від Jobcenter.</p>"
            ),
        },
        "themes": ["wohnen"],
        "categories": ["housing"],
        "target_groups": ["refugees", "families", "everyone"],
        "languages": ["de", "en", "ar", "uk"],
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
            "name": "Stefan Müller",
            "email": "wohnungssuche@kaiserslautern.example.org",
            "phone": "0631 555 0173",
        },
        "locations": [
            {
                "name": "Rathaus Kaiserslautern – Projektbüro Integration",
                "street": "Willy-Brandt-Platz 1",
                "postcode": "67657",
                "city": "Kaiserslautern",
                "district": "innenstadt-ost",
                "latitude": 49.4439,
                "longitude": 7.7716,
                "by_appointment": False,
                "hours": [["mon", "14:00", "16:00"], ["thu", "09:00", "12:00"]],
                "exceptions": [],
            },
        ],
        "confirmed_days_ago": 19,
        "status": "published",
    },
    {
        "external_id": "kl-b-mietrecht-beratungsabend",
        "organisation": "deutsch-arabischer-kulturverein-al-dschisr",
        "title": {
            "de": "Mietrecht verständlich: Beratungsabend auf Arabisch und Deutsch",
            "en": "Tenancy law made clear: advice evening in Arabic and German",
            "ar": "قانون الإيجار بوضوح: أمسية استشارية بالعربية والألمانية",
            "uk": "Орендне право зрозуміло: консультаційний вечір арабською та німецькою",
        },
        "summary": {
            "de": (
                "Ein ehrenamtlicher Jurist erklärt Ihre Rechte als Mieterin oder Mieter: "
                "Kündigung, Kaution, Schimmel und Nebenkostenabrechnung. Jeden ersten Mittwoch im "
                "Monat."
            ),
            "en": (
                "A volunteer lawyer explains your rights as a tenant: notice, deposit, mould and "
                "the service charge statement. Every first Wednesday of the month."
            ),
            "ar": (
                "يشرح محامٍ متطوع حقوقك بصفتك مستأجرًا أو مستأجرة: إنهاء العقد والتأمين والعفن "
                "وكشف التكاليف الإضافية. في أول أربعاء من كل شهر."
            ),
            "uk": (
                "Юрист-волонтер пояснює ваші права як орендаря: розірвання договору, застава, "
                "цвіль і розрахунок комунальних платежів. Щопершої середи місяця."
            ),
        },
        "description": {
            "de": (
                "<p>Der Vermieter will die Kaution nicht zurückzahlen? In der Wohnung ist "
                "Schimmel? Die Nebenkostenabrechnung ist sehr hoch? Bei unserem "
                "<strong>Beratungsabend zum Mietrecht</strong> bekommen Sie eine erste "
                "Einschätzung.</p><p>Ein ehrenamtlicher Jurist erklärt die Rechtslage, ein "
                "Vereinsmitglied übersetzt ins Arabische. Bringen Sie Ihren Mietvertrag und die "
                "Briefe mit. Eine Vertretung vor Gericht ist nicht möglich; wir nennen Ihnen aber "
                "Stellen, die weiterhelfen, zum Beispiel den Mieterverein.</p><p>Die Abende sind "
                "jeden ersten Mittwoch im Monat. Bitte melden Sie sich vorher telefonisch an.</p>"
            ),
            "en": (
                "<p>Your landlord won't return the deposit? There is mould in the flat? The "
                "service charge statement is very high? At our <strong>tenancy law advice "
                "evening</strong> you get an initial assessment.</p><p>A volunteer lawyer explains "
                "the legal situation and a member of the association interprets into Arabic. Bring "
                "your tenancy agreement and the letters. We cannot represent you in court, but we "
                "can tell you who can help further, for example the tenants' "
                "association.</p><p>The evenings take place on the first Wednesday of every month. "
                "Please register by phone beforehand.</p>"
            ),
            "ar": (
                "<p>المؤجر لا يريد إعادة مبلغ التأمين؟ يوجد عفن في الشقة؟ كشف التكاليف الإضافية "
                "مرتفع جدًا؟ في <strong>أمسيتنا الاستشارية حول قانون الإيجار</strong> تحصل على "
                "تقييم أولي لوضعك.</p><p>يشرح محامٍ متطوع الوضع القانوني، ويترجم أحد أعضاء الجمعية "
                "إلى العربية. أحضر معك عقد الإيجار والرسائل. لا يمكننا تمثيلك أمام المحكمة، لكننا "
                "نرشدك إلى جهات يمكنها مساعدتك، مثل جمعية المستأجرين (Mieterverein).</p><p>تُقام "
                "الأمسيات في أول أربعاء من كل شهر. يرجى التسجيل مسبقًا عبر الهاتف.</p>"
            ),
            "uk": (
                "<p>Орендодавець не хоче повертати заставу? У квартирі цвіль? Розрахунок "
                "комунальних платежів дуже високий? На нашому <strong>консультаційному вечорі з "
                "орендного права</strong> ви отримаєте першу оцінку ситуації.</p><p>Юрист-волонтер "
                "пояснює правову ситуацію, а член товариства перекладає арабською. Візьміть із "
                "собою договір оренди та листи. Представництво в суді неможливе, але ми підкажемо, "
                "куди звернутися далі, наприклад до спілки орендарів (Mieterverein).</p><p>Вечори "
                "відбуваються щопершої середи місяця. Будь ласка, заздалегідь зареєструйтеся "
                "телефоном.</p>"
            ),
        },
        "themes": ["wohnen"],
        "categories": ["housing", "counselling"],
        "target_groups": ["everyone", "refugees", "families"],
        "languages": ["de", "ar"],
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
            "name": "Karim Mansour",
            "email": "beratung@al-dschisr.example.org",
            "phone": "0631 555 0179",
        },
        "locations": [
            {
                "name": "Kulturverein Al-Dschisr",
                "street": "Eisenbahnstraße 54",
                "postcode": "67655",
                "city": "Kaiserslautern",
                "district": "innenstadt-suedwest",
                "latitude": 49.4378,
                "longitude": 7.7665,
                "by_appointment": False,
                "hours": [["wed", "18:00", "20:00"]],
                "exceptions": [],
            },
        ],
        "confirmed_days_ago": 212,
        "status": "published",
    },
    {
        "external_id": "kl-b-eltern-kind-gruppe-kleine-welt",
        "organisation": "katholische-pfarrei-heiliger-martin",
        "title": {
            "de": "Internationale Eltern-Kind-Gruppe „Kleine Welt“",
            "en": "International parent and toddler group “Kleine Welt”",
            "ar": "مجموعة الأهل والأطفال الدولية «Kleine Welt»",
            "uk": "Міжнародна група для батьків і дітей «Kleine Welt»",
        },
        "summary": {
            "de": (
                "Eltern mit Kindern von 0 bis 3 Jahren singen, spielen und frühstücken zusammen. "
                "Nebenbei lernen Eltern und Kinder Deutsch."
            ),
            "en": (
                "Parents with children aged 0 to 3 sing, play and have breakfast together. Along "
                "the way, parents and children learn German."
            ),
            "ar": (
                "يغني الآباء والأمهات مع أطفالهم من عمر 0 إلى 3 سنوات ويلعبون ويتناولون الفطور "
                "معًا. وفي الوقت نفسه يتعلم الأهل والأطفال اللغة الألمانية."
            ),
            "uk": (
                "Батьки з дітьми від 0 до 3 років разом співають, граються та снідають. Принагідно "
                "батьки й діти вчать німецьку."
            ),
        },
        "description": {
            "de": (
                "<p>In der <strong>Eltern-Kind-Gruppe</strong> „Kleine Welt“ treffen sich Mütter, "
                "Väter und Großeltern aus vielen Ländern mit ihren Kleinkindern. Wir singen "
                "deutsche Kinderlieder, spielen, basteln und frühstücken gemeinsam.</p><p>Eine "
                "Erzieherin leitet die Gruppe und beantwortet Fragen zu Entwicklung, Sprache und "
                "Kita. Sie können einfach vorbeikommen – mittwochs im Pfarrzentrum St. Martin in "
                "der Innenstadt oder freitags im Pfarrheim Hohenecken. Bitte bringen Sie "
                "Hausschuhe oder Stoppersocken für Ihr Kind mit.</p>"
            ),
            "en": (
                "<p>In the <strong>parent and toddler group</strong> “Kleine Welt” mothers, "
                "fathers and grandparents from many countries meet with their little ones. We sing "
                "German children's songs, play, do crafts and have breakfast together.</p><p>A "
                "qualified childcare worker leads the group and answers questions about "
                "development, language and daycare. Just drop in – on Wednesdays at the St. Martin "
                "parish centre in the city centre or on Fridays at the parish hall in Hohenecken. "
                "Please bring slippers or non-slip socks for your child.</p>"
            ),
            "ar": (
                "<p>في <strong>مجموعة الأهل والأطفال</strong> «Kleine Welt» تلتقي أمهات وآباء "
                "وأجداد من بلدان كثيرة مع أطفالهم الصغار. نغني أغاني الأطفال الألمانية، ونلعب، "
                "ونصنع أشغالًا يدوية، ونتناول الفطور معًا.</p><p>تقود المجموعة مربية تجيب عن "
                "الأسئلة حول نمو الطفل واللغة والحضانة. يمكنكم الحضور ببساطة: أيام الأربعاء في "
                "مركز أبرشية St. Martin في وسط المدينة أو أيام الجمعة في قاعة الأبرشية في "
                "Hohenecken. يرجى إحضار خفّ منزلي أو جوارب مانعة للانزلاق لطفلكم.</p>"
            ),
            "uk": (
                "<p>У <strong>групі для батьків і дітей</strong> «Kleine Welt» зустрічаються мами, "
                "тата, бабусі й дідусі з багатьох країн разом зі своїми малюками. Ми співаємо "
                "німецькі дитячі пісні, граємося, майструємо та разом снідаємо.</p><p>Групу веде "
                "вихователька, яка відповідає на запитання про розвиток, мову та дитсадок. Можна "
                "просто прийти — щосереди до парафіяльного центру St. Martin у центрі міста або "
                "щоп’ятниці до парафіяльного дому в Hohenecken. Будь ласка, візьміть для дитини "
                "капці або нековзні шкарпетки.</p>"
            ),
        },
        "themes": ["begegnung-antirassismus", "sprachfoerderung"],
        "categories": ["children_family", "leisure_encounter"],
        "target_groups": ["families", "women"],
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
            "name": "Sabine Klein",
            "email": "familien@st-martin-kl.example.org",
            "phone": "0631 555 0181",
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
                "hours": [["wed", "09:30", "11:00"]],
                "exceptions": [],
            },
            {
                "name": "Pfarrheim Hohenecken",
                "street": "Burgstraße 6",
                "postcode": "67661",
                "city": "Kaiserslautern",
                "district": "hohenecken",
                "latitude": 49.4195,
                "longitude": 7.7205,
                "by_appointment": False,
                "hours": [["fri", "09:30", "11:00"]],
                "exceptions": [],
            },
        ],
        "confirmed_days_ago": 73,
        "status": "published",
    },
    {
        "external_id": "kl-b-mrija-elterntreff",
        "organisation": "ukrainischer-verein-mrija",
        "title": {
            "de": "Ukrainischer Elterntreff mit Kinderbetreuung",
            "en": "Ukrainian parents' meeting with childcare",
            "ar": "لقاء الآباء والأمهات الأوكرانيين مع رعاية الأطفال",
            "uk": "Українська зустріч для батьків із доглядом за дітьми",
        },
        "summary": {
            "de": (
                "Eltern aus der Ukraine tauschen sich über Schule, Kita und Alltag in Deutschland "
                "aus. Die Kinder spielen und basteln nebenan."
            ),
            "en": (
                "Parents from Ukraine share experiences of school, daycare and everyday life in "
                "Germany. The children play and do crafts next door."
            ),
            "ar": (
                "يتبادل الآباء والأمهات القادمون من أوكرانيا الخبرات حول المدرسة والحضانة والحياة "
                "اليومية في ألمانيا، بينما يلعب الأطفال ويصنعون أشغالًا يدوية في الغرفة المجاورة."
            ),
            "uk": (
                "Батьки з України обмінюються досвідом про школу, дитсадок і повсякденне життя в "
                "Німеччині. Діти тим часом граються й майструють у сусідній кімнаті."
            ),
        },
        "description": {
            "de": (
                "<p>Jeden Samstagvormittag lädt der Verein Mrija Familien aus der Ukraine zum "
                "<strong>Elterntreff</strong> ein. Bei Tee und Gebäck sprechen die Eltern über "
                "Fragen wie: Wie funktioniert die Schule in Rheinland-Pfalz? Wo finde ich einen "
                "Kita-Platz? Wie lerne ich neben der Arbeit Deutsch?</p><p>Ehrenamtliche betreuen "
                "die Kinder im Nebenraum. Einmal im Monat kommt ein Gast, zum Beispiel eine "
                "Lehrerin oder eine Mitarbeiterin vom Jobcenter. Der Treff ist kostenlos, eine "
                "Anmeldung ist nicht nötig.</p>"
            ),
            "en": (
                "<p>Every Saturday morning the Mrija association invites families from Ukraine to "
                "its <strong>parents' meeting</strong>. Over tea and pastries parents discuss "
                "questions such as: How does school work in Rhineland-Palatinate? Where can I find "
                "a daycare place? How can I learn German alongside my job?</p><p>Volunteers look "
                "after the children in the next room. Once a month a guest joins, for example a "
                "teacher or someone from the job centre. The meeting is free and no registration "
                "is needed.</p>"
            ),
            "ar": (
                "<p>كل يوم سبت صباحًا تدعو جمعية Mrija العائلات القادمة من أوكرانيا إلى "
                "<strong>لقاء الآباء والأمهات</strong>. على الشاي والمعجنات يتحدث الأهل عن أسئلة "
                "مثل: كيف تعمل المدرسة في ولاية راينلاند-بفالز؟ أين أجد مكانًا في الحضانة؟ كيف "
                "أتعلم الألمانية إلى جانب العمل؟</p><p>يعتني متطوعون ومتطوعات بالأطفال في الغرفة "
                "المجاورة. ومرة في الشهر يحضر ضيف، مثل معلمة أو موظفة من مركز العمل (Jobcenter). "
                "اللقاء مجاني ولا حاجة إلى التسجيل.</p>"
            ),
            "uk": (
                "<p>Щосуботи зранку товариство «Мрія» запрошує родини з України на <strong>зустріч "
                "для батьків</strong>. За чаєм і випічкою батьки обговорюють такі питання: як "
                "працює школа в Рейнланд-Пфальці? Де знайти місце в дитсадку? Як вчити німецьку "
                "паралельно з роботою?</p><p>Волонтери доглядають за дітьми в сусідній кімнаті. "
                "Раз на місяць приходить гість, наприклад учителька або працівниця Jobcenter. "
                "Зустріч безкоштовна, реєстрація не потрібна.</p>"
            ),
        },
        "themes": ["begegnung-antirassismus"],
        "categories": ["children_family", "leisure_encounter"],
        "target_groups": ["families", "refugees"],
        "languages": ["uk", "de", "ru"],
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
            "name": "Iryna Bondarenko",
            "email": "eltern@mrija-kl.example.org",
            "phone": "0631 555 0180",
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
                "hours": [["sat", "10:00", "12:30"]],
                "exceptions": [],
            },
        ],
        "confirmed_days_ago": 31,
        "status": "published",
    },
    {
        "external_id": "kl-b-kita-lotsinnen",
        "organisation": "projektbuero-integration",
        "title": {
            "de": "Kita-Lotsinnen: Beratung zum Kita-Platz und zur Kindertagespflege",
            "en": "Daycare guides: advice on getting a daycare place or a childminder",
            "ar": "مرشدات الحضانة: استشارات حول مكان في الحضانة أو لدى مربية أطفال",
            "uk": "Консультантки з дитсадків: як отримати місце в дитсадку або в денної няні",
        },
        "summary": {
            "de": (
                "Kita-Lotsinnen erklären, wie Sie Ihr Kind für eine Kita anmelden, welche "
                "Unterlagen Sie brauchen und was ein Kita-Platz kostet."
            ),
            "en": (
                "Daycare guides explain how to register your child for daycare, which documents "
                "you need and what a daycare place costs."
            ),
            "ar": (
                "تشرح مرشدات الحضانة كيف تسجّل طفلك في الحضانة، وما الوثائق التي تحتاجها، وكم "
                "تكلّف الحضانة."
            ),
            "uk": (
                "Консультантки пояснюють, як записати дитину до дитсадка, які документи потрібні "
                "та скільки коштує місце в дитсадку."
            ),
        },
        "description": {
            "de": (
                "<p>Jedes Kind ab einem Jahr hat einen Anspruch auf einen Betreuungsplatz. In "
                "Rheinland-Pfalz ist die Kita ab dem zweiten Geburtstag beitragsfrei. Doch wie "
                "kommt man an einen Platz? Unsere <strong>Kita-Lotsinnen</strong> helfen "
                "Ihnen.</p><ul><li>Anmeldung im Kita-Portal der Stadt und "
                "Wartelisten</li><li>Kindertagespflege als Alternative</li><li>Nachweis über die "
                "Masernimpfung und weitere Unterlagen</li><li>Eingewöhnung: Was passiert in den "
                "ersten Wochen?</li></ul><p>Dienstagvormittags beraten wir ohne Termin im "
                "Stadtteilbüro Kaiserslautern-West. Im Rathaus beraten wir nach "
                "Terminvereinbarung.</p>"
            ),
            "en": (
                "<p>Every child aged one and over is entitled to a childcare place. In "
                "Rhineland-Palatinate daycare is free of charge from a child's second birthday. "
                "But how do you get a place? Our <strong>daycare guides</strong> help "
                "you.</p><ul><li>Registering on the city's daycare portal and waiting "
                "lists</li><li>Childminders (Kindertagespflege) as an alternative</li><li>Proof of "
                "measles vaccination and other documents</li><li>Settling in: what happens in the "
                "first weeks?</li></ul><p>On Tuesday mornings we advise without an appointment at "
                "the Kaiserslautern-West neighbourhood office. At the town hall we advise by "
                "appointment.</p>"
            ),
            "ar": (
                "<p>لكل طفل يبلغ من العمر عامًا واحدًا فأكثر الحق في مكان رعاية. وفي ولاية "
                "راينلاند-بفالز تكون الحضانة مجانية ابتداءً من عيد الميلاد الثاني للطفل. لكن كيف "
                "تحصل على مكان؟ تساعدك <strong>مرشدات الحضانة</strong>.</p><ul><li>التسجيل في "
                "بوابة الحضانات التابعة للمدينة وقوائم الانتظار</li><li>الرعاية لدى مربية أطفال "
                "(Kindertagespflege) كبديل</li><li>إثبات التطعيم ضد الحصبة ووثائق "
                "أخرى</li><li>فترة التأقلم: ماذا يحدث في الأسابيع الأولى؟</li></ul><p>أيام "
                "الثلاثاء صباحًا نقدّم الاستشارة دون موعد في مكتب الحي في Kaiserslautern-West. وفي "
                "مبنى البلدية نقدّم الاستشارة بموعد مسبق.</p>"
            ),
            "uk": (
                "<p>Кожна дитина від одного року має право на місце для догляду. У "
                "Рейнланд-Пфальці дитсадок безкоштовний із другого дня народження дитини. Але як "
                "отримати місце? Наші <strong>консультантки з дитсадків</strong> вам "
                "допоможуть.</p><ul><li>Реєстрація на міському порталі дитсадків і списки "
                "очікування</li><li>Денна няня (Kindertagespflege) як альтернатива</li><li>Довідка "
                "про щеплення від кору та інші документи</li><li>Адаптація: що відбувається в "
                "перші тижні?</li></ul><p>Щовівторка зранку ми консультуємо без запису в районному "
                "бюро Kaiserslautern-West. У ратуші — за попереднім записом.</p>"
            ),
        },
        "themes": ["bildung-arbeit"],
        "categories": ["children_family", "counselling"],
        "target_groups": ["families"],
        "languages": ["de", "ar", "uk", "tr", "ro", "bg"],
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
            "name": "Olena Kovalenko",
            "email": "kita-lotsinnen@kaiserslautern.example.org",
            "phone": "0631 555 0174",
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
                "by_appointment": True,
                "hours": [],
                "exceptions": [],
            },
            {
                "name": "Stadtteilbüro Kaiserslautern-West",
                "street": "Slevogtstraße 48",
                "postcode": "67663",
                "city": "Kaiserslautern",
                "district": "kaiserslautern-west",
                "latitude": 49.4401,
                "longitude": 7.7312,
                "by_appointment": False,
                "hours": [["tue", "09:00", "12:00"]],
                "exceptions": [],
            },
        ],
        "confirmed_days_ago": 44,
        "status": "published",
    },
    {
        "external_id": "kl-b-ferienprogramm-volkspark",
        "organisation": "ib-jugendmigrationsdienst",
        "title": {
            "de": "Internationales Ferienprogramm „Sommer im Volkspark“ für Kinder von 8 bis 13",
            "en": (
                "International holiday programme “Summer in the Volkspark” for children aged 8 to "
                "13"
            ),
            "ar": "برنامج العطلة الدولي «صيف في Volkspark» للأطفال من 8 إلى 13 عامًا",
            "uk": (
                "Міжнародна канікулярна програма «Sommer im Volkspark» для дітей від 8 до 13 років"
            ),
        },
        "summary": {
            "de": (
                "Drei Wochen Spiele, Sport, Ausflüge und Theater in den Sommerferien. Kinder aus "
                "Kaiserslautern und neu zugewanderte Kinder verbringen die Ferien gemeinsam."
            ),
            "en": (
                "Three weeks of games, sport, trips and theatre in the summer holidays. Children "
                "from Kaiserslautern and newly arrived children spend the holidays together."
            ),
            "ar": (
                "ثلاثة أسابيع من الألعاب والرياضة والرحلات والمسرح في العطلة الصيفية. يقضي أطفال "
                "من كايزرسلاوترن وأطفال وصلوا حديثًا العطلة معًا."
            ),
            "uk": (
                "Три тижні ігор, спорту, екскурсій і театру під час літніх канікул. Діти з "
                "Кайзерслаутерна та діти, які нещодавно приїхали, проводять канікули разом."
            ),
        },
        "description": {
            "de": (
                "<p>Im <strong>Ferienprogramm</strong> „Sommer im Volkspark“ erleben Kinder von 8 "
                "bis 13 Jahren drei bunte Ferienwochen. Es gibt Fußball, Schwimmen, einen Ausflug "
                "in den Zoo Kaiserslautern in Siegelbach und ein Theaterstück, das die Kinder "
                "selbst schreiben.</p><p>Die Betreuung ist von Montag bis Freitag, 9 bis 15 Uhr, "
                "mit Mittagessen. Erzieherinnen und Ehrenamtliche sprechen Deutsch, Englisch, "
                "Arabisch und Ukrainisch.</p><p>Der Beitrag ist ermäßigt: 25 Euro pro Woche statt "
                "60 Euro. Mit Leistungen für Bildung und Teilhabe (BuT) ist die Teilnahme "
                "kostenlos. Bitte melden Sie Ihr Kind rechtzeitig an, die Plätze sind begrenzt.</p>"
            ),
            "en": (
                "<p>In the <strong>holiday programme</strong> “Summer in the Volkspark” children "
                "aged 8 to 13 enjoy three colourful weeks. There is football, swimming, a trip to "
                "Kaiserslautern Zoo in Siegelbach and a play that the children write "
                "themselves.</p><p>Care is provided Monday to Friday, 9 am to 3 pm, including "
                "lunch. Childcare workers and volunteers speak German, English, Arabic and "
                "Ukrainian.</p><p>The fee is reduced: 25 euros per week instead of 60 euros. With "
                "education and participation benefits (BuT) it is free. Please register your child "
                "early, as places are limited.</p>"
            ),
            "ar": (
                "<p>في <strong>برنامج العطلة</strong> «صيف في Volkspark» يقضي الأطفال من عمر 8 إلى "
                "13 عامًا ثلاثة أسابيع مليئة بالأنشطة. هناك كرة القدم والسباحة ورحلة إلى حديقة "
                "حيوانات كايزرسلاوترن في Siegelbach ومسرحية يكتبها الأطفال بأنفسهم.</p><p>الرعاية "
                "من الاثنين إلى الجمعة من الساعة 9 صباحًا حتى 3 عصرًا، مع وجبة غداء. تتحدث "
                "المربيات والمتطوعون الألمانية والإنجليزية والعربية والأوكرانية.</p><p>الرسوم "
                "مخفّضة: 25 يورو في الأسبوع بدلًا من 60 يورو. والمشاركة مجانية للمستفيدين من خدمات "
                "التعليم والمشاركة (BuT). يرجى تسجيل طفلك مبكرًا، فالأماكن محدودة.</p>"
            ),
            "uk": (
                "<p>У <strong>канікулярній програмі</strong> «Sommer im Volkspark» діти від 8 до "
                "13 років проведуть три яскраві тижні канікул. На них чекають футбол, плавання, "
                "екскурсія до зоопарку Кайзерслаутерна в Siegelbach і вистава, яку діти напишуть "
                "самі.</p><p>Догляд з понеділка по п’ятницю з 9 до 15 години, з обідом. Вихователі "
                "та волонтери розмовляють німецькою, англійською, арабською та "
                "українською.</p><p>Внесок знижений: 25 євро на тиждень замість 60 євро. Для "
                "отримувачів виплат на освіту та участь (BuT) участь безкоштовна. Будь ласка, "
                "запишіть дитину завчасно — кількість місць обмежена.</p>"
            ),
        },
        "themes": ["begegnung-antirassismus"],
        "categories": ["children_family", "leisure_encounter"],
        "target_groups": ["young_people", "families"],
        "languages": ["de", "en", "ar", "uk"],
        "cost": "reduced",
        "cost_amount": "25.00",
        "cost_note": {
            "de": "Ermäßigter Beitrag pro Woche (regulär 60 €); mit BuT-Leistungen kostenlos",
            "en": "Reduced fee per week (normally €60); free with BuT benefits",
            "ar": "رسوم مخفّضة في الأسبوع (السعر العادي 60 يورو)؛ مجانًا مع خدمات BuT",
            "uk": "Знижений внесок за тиждень (звичайно 60 €); безкоштовно з виплатами BuT",
        },
        "registration_required": True,
        "step_free": True,
        "hearing_loop": False,
        "online": False,
        "online_url": "",
        "valid_from_days": 30,
        "valid_until_days": 51,
        "contact": {
            "name": "Lukas Fischer",
            "email": "ferienprogramm@ib-kl.example.org",
            "phone": "0631 555 0182",
        },
        "locations": [
            {
                "name": "Kinder- und Jugendhaus am Volkspark",
                "street": "Am Volkspark 5",
                "postcode": "67657",
                "city": "Kaiserslautern",
                "district": "gruebentaelchen-volkspark",
                "latitude": 49.4372,
                "longitude": 7.7835,
                "by_appointment": False,
                "hours": [
                    ["mon", "09:00", "15:00"],
                    ["tue", "09:00", "15:00"],
                    ["wed", "09:00", "15:00"],
                    ["thu", "09:00", "15:00"],
                    ["fri", "09:00", "15:00"],
                ],
                "exceptions": [],
            },
        ],
        "confirmed_days_ago": 8,
        "status": "published",
    },
    {
        "external_id": "kl-b-world-cafe-vielfalter",
        "organisation": "vielfalter-kl",
        "title": {
            "de": "World Café: das wöchentliche Begegnungscafé von Vielfalter KL",
            "en": "World Café: the weekly meeting café of Vielfalter KL",
            "ar": "World Café: مقهى اللقاء الأسبوعي لجمعية Vielfalter KL",
            "uk": "World Café: щотижневе кафе зустрічей від Vielfalter KL",
        },
        "summary": {
            "de": (
                "Jeden Donnerstag treffen sich Alteingesessene und Neuangekommene bei Kaffee, "
                "Gesprächen und Spielen. Einfach vorbeikommen, Deutschkenntnisse sind nicht nötig."
            ),
            "en": (
                "Every Thursday long-time residents and newcomers meet for coffee, conversation "
                "and games. Just drop in – no German needed."
            ),
            "ar": (
                "كل يوم خميس يلتقي السكان القدامى والقادمون الجدد لتناول القهوة والحديث واللعب. "
                "تعال ببساطة، لا حاجة إلى معرفة الألمانية."
            ),
            "uk": (
                "Щочетверга давні мешканці й новоприбулі зустрічаються за кавою, розмовами та "
                "іграми. Просто приходьте — знання німецької не потрібне."
            ),
        },
        "description": {
            "de": (
                "<p>Im <strong>World Café</strong> sitzen Menschen aus über 30 Ländern an einem "
                "Tisch. Wir trinken Kaffee und Tee, spielen Karten, üben Deutsch im Gespräch und "
                "planen gemeinsame Ausflüge. Oft bringt jemand etwas zu essen aus seiner Heimat "
                "mit.</p><p>Das Begegnungscafé gehört zum Netzwerk Migration und Integration. "
                "In der Interkulturellen Woche wird es zum World Café XXL im Gemeindehaus an der "
                "Stiftskirche. Kommen Sie einfach vorbei – Sie brauchen keine Anmeldung und "
                "zahlen nichts.</p>"
            ),
            "en": (
                "<p>At the <strong>World Café</strong> people from more than 30 countries sit at "
                "one table. We drink coffee and tea, play cards, practise German in conversation "
                "and plan outings together. Often someone brings food from their home "
                "country.</p><p>The meeting café is part of the Migration and Integration Network. "
                "During the Intercultural Week it becomes the World Café XXL in the parish hall "
                "at the Stiftskirche. Just drop in – no registration, no cost.</p>"
            ),
            "ar": (
                "<p>في <strong>World Café</strong> يجلس أشخاص من أكثر من 30 بلدًا حول طاولة واحدة. "
                "نشرب القهوة والشاي، ونلعب الورق، ونتدرب على الألمانية من خلال الحديث، ونخطط "
                "لرحلات مشتركة. وغالبًا ما يحضر أحدهم طعامًا من بلده.</p><p>مقهى اللقاء هذا جزء من "
                "شبكة الهجرة والاندماج. خلال الأسبوع الثقافي المشترك (Interkulturelle Woche) يصبح "
                "World Café XXL في قاعة الأبرشية عند كنيسة Stiftskirche. تعال ببساطة، لا تحتاج "
                "إلى تسجيل ولا تدفع شيئًا.</p>"
            ),
            "uk": (
                "<p>У <strong>World Café</strong> за одним столом сидять люди з понад 30 країн. Ми "
                "п’ємо каву й чай, граємо в карти, практикуємо німецьку в розмові та плануємо "
                "спільні поїздки. Часто хтось приносить страву зі своєї батьківщини.</p><p>Це кафе "
                "зустрічей є частиною мережі «Міграція та інтеграція». Під час Міжкультурного "
                "тижня воно стає World Café XXL у парафіяльному домі біля Штифтскірхе. "
                "Просто приходьте — реєстрація не потрібна, і нічого платити не треба.</p>"
            ),
        },
        "themes": ["begegnung-antirassismus"],
        "categories": ["leisure_encounter"],
        "target_groups": ["everyone"],
        "languages": ["de", "en", "ar", "fa", "tr"],
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
            "name": "Nadia Okafor",
            "email": "worldcafe@vielfalter-kl.example.org",
            "phone": "0631 555 0183",
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
                "hours": [["thu", "16:00", "19:00"]],
                "exceptions": [
                    {
                        "days": 18,
                        "closed": True,
                        "note": {
                            "de": (
                                "Interkulturelle Woche: Das World Café findet heute auf dem Markt "
                                "der Begegnung am Rathaus statt."
                            ),
                            "en": (
                                "Intercultural Week: today the World Café takes place at the "
                                "Market of Encounter at the town hall."
                            ),
                            "ar": (
                                "الأسبوع الثقافي المشترك: يُقام World Café اليوم في «سوق اللقاء» "
                                "أمام مبنى البلدية."
                            ),
                            "uk": (
                                "Міжкультурний тиждень: сьогодні World Café відбувається на «Ринку "
                                "зустрічей» біля ратуші."
                            ),
                        },
                    },
                ],
            },
        ],
        "confirmed_days_ago": 6,
        "status": "published",
    },
    {
        "external_id": "kl-b-frauencafe-west",
        "organisation": "moscheeverein-kaiserslautern-west",
        "title": {
            "de": "Frauencafé im Westen: Begegnungscafé nur für Frauen",
            "en": "Women's café in the West: a meeting café just for women",
            "ar": "مقهى النساء في الحي الغربي: مقهى لقاء للنساء فقط",
            "uk": "Жіноче кафе на заході міста: кафе зустрічей лише для жінок",
        },
        "summary": {
            "de": (
                "Frauen aller Herkunft und Religionen treffen sich zum Reden, Kochen und "
                "Deutschüben. Kleinkinder dürfen mitkommen."
            ),
            "en": (
                "Women of every origin and religion meet to talk, cook and practise German. Small "
                "children are welcome."
            ),
            "ar": (
                "تلتقي نساء من كل الأصول والأديان للحديث والطبخ والتدرب على الألمانية. يمكن إحضار "
                "الأطفال الصغار."
            ),
            "uk": (
                "Жінки будь-якого походження та віросповідання зустрічаються, щоб поговорити, "
                "готувати їжу й практикувати німецьку. Малих дітей можна брати з собою."
            ),
        },
        "description": {
            "de": (
                "<p>Jeden Dienstagnachmittag öffnet der Moscheeverein Kaiserslautern-West seinen "
                "Gemeinderaum für das <strong>Frauencafé</strong>. Eingeladen sind alle Frauen – "
                "ob Musliminnen, Christinnen oder ohne Religion, ob neu in der Stadt oder schon "
                "lange hier.</p><ul><li>Gespräche bei Tee und Kuchen</li><li>Gemeinsam kochen und "
                "Rezepte tauschen</li><li>Deutsch üben in entspannter Runde</li><li>Ab und zu "
                "Besuch von Expertinnen, zum Beispiel zu Gesundheit oder Schule</li></ul><p>Der "
                "Raum hat einen eigenen Eingang und ist nur für Frauen. Eine Anmeldung ist nicht "
                "nötig.</p>"
            ),
            "en": (
                "<p>Every Tuesday afternoon the Kaiserslautern-West mosque association opens its "
                "community room for the <strong>women's café</strong>. All women are invited – "
                "Muslim, Christian or of no religion, new in town or here for "
                "years.</p><ul><li>Conversation over tea and cake</li><li>Cooking together and "
                "swapping recipes</li><li>Practising German in a relaxed "
                "setting</li><li>Occasional visits from experts, for example on health or "
                "school</li></ul><p>The room has its own entrance and is for women only. No "
                "registration is needed.</p>"
            ),
            "ar": (
                "<p>كل يوم ثلاثاء بعد الظهر تفتح جمعية مسجد Kaiserslautern-West قاعتها "
                "لـ<strong>مقهى النساء</strong>. الدعوة موجّهة إلى جميع النساء: مسلمات أو مسيحيات "
                "أو بلا دين، جديدات في المدينة أو مقيمات فيها منذ زمن طويل.</p><ul><li>أحاديث مع "
                "الشاي والكعك</li><li>الطبخ معًا وتبادل الوصفات</li><li>التدرب على الألمانية في جو "
                "مريح</li><li>زيارات من خبيرات بين الحين والآخر، مثلًا حول الصحة أو "
                "المدرسة</li></ul><p>للقاعة مدخل خاص وهي مخصصة للنساء فقط. لا حاجة إلى التسجيل.</p>"
            ),
            "uk": (
                "<p>Щовівторка після обіду мечетне товариство Kaiserslautern-West відкриває свою "
                "громадську залу для <strong>жіночого кафе</strong>. Запрошені всі жінки — "
                "мусульманки, християнки чи нерелігійні, ті, хто щойно приїхав до міста, і ті, хто "
                "живе тут давно.</p><ul><li>Розмови за чаєм і пирогом</li><li>Спільне приготування "
                "їжі та обмін рецептами</li><li>Практика німецької в невимушеній "
                "атмосфері</li><li>Час від часу візити експерток, наприклад на теми здоров’я чи "
                "школи</li></ul><p>Зала має окремий вхід і призначена лише для жінок. Реєстрація "
                "не потрібна.</p>"
            ),
        },
        "themes": ["begegnung-antirassismus"],
        "categories": ["leisure_encounter"],
        "target_groups": ["women"],
        "languages": ["de", "ar", "tr", "kmr"],
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
            "name": "Fatma Öztürk",
            "email": "frauencafe@moschee-kl-west.example.org",
            "phone": "0631 555 0185",
        },
        "locations": [
            {
                "name": "Moschee Kaiserslautern-West",
                "street": "Slevogtstraße 30",
                "postcode": "67663",
                "city": "Kaiserslautern",
                "district": "kaiserslautern-west",
                "latitude": 49.4411,
                "longitude": 7.7321,
                "by_appointment": False,
                "hours": [["tue", "15:00", "17:30"]],
                "exceptions": [],
            },
        ],
        "confirmed_days_ago": 95,
        "status": "published",
    },
    {
        "external_id": "kl-b-internationaler-garten",
        "organisation": "vielfalter-kl",
        "title": {
            "de": "Internationaler Garten am Wiesenthalerhof: gemeinsam gärtnern",
            "en": "International garden at Wiesenthalerhof: gardening together",
            "ar": "الحديقة الدولية في Wiesenthalerhof: نزرع معًا",
            "uk": "Міжнародний сад у Wiesenthalerhof: садівництво разом",
        },
        "summary": {
            "de": (
                "Auf 2.000 Quadratmetern bauen Familien aus vielen Ländern Gemüse, Kräuter und "
                "Blumen an. Mitgärtnern ist kostenlos, ein eigenes Beet kostet ermäßigt 12 Euro im "
                "Jahr."
            ),
            "en": (
                "On 2,000 square metres families from many countries grow vegetables, herbs and "
                "flowers. Gardening together is free; your own bed costs a reduced 12 euros a year."
            ),
            "ar": (
                "على مساحة 2000 متر مربع تزرع عائلات من بلدان كثيرة الخضروات والأعشاب والزهور. "
                "المشاركة في الزراعة مجانية، والحوض الخاص يكلّف 12 يورو في السنة بسعر مخفّض."
            ),
            "uk": (
                "На 2000 квадратних метрах родини з багатьох країн вирощують овочі, зелень і "
                "квіти. Спільне садівництво безкоштовне, власна грядка коштує 12 євро на рік за "
                "зниженою ціною."
            ),
        },
        "description": {
            "de": (
                "<p>Im <strong>Internationalen Garten</strong> wachsen Tomaten aus Syrien neben "
                "Kartoffeln aus der Pfalz. Hier lernen sich Nachbarinnen und Nachbarn beim Säen, "
                "Gießen und Ernten kennen – die Sprache ist dabei oft gar nicht so "
                "wichtig.</p><p>Mittwochs und samstags sind Gartentage mit gemeinsamer Arbeit und "
                "einer Teepause. Werkzeug, Saatgut und Wasser sind vorhanden. Wer ein eigenes Beet "
                "möchte, zahlt einen ermäßigten Jahresbeitrag von 12 Euro (regulär 24 "
                "Euro).</p><p>Der Garten liegt nahe der Bushaltestelle Wiesenthalerhof. Kinder "
                "sind herzlich willkommen.</p>"
            ),
            "en": (
                "<p>In the <strong>international garden</strong> tomatoes from Syria grow next to "
                "potatoes from the Palatinate. Neighbours get to know each other while sowing, "
                "watering and harvesting – and language often doesn't matter "
                "much.</p><p>Wednesdays and Saturdays are garden days with shared work and a tea "
                "break. Tools, seeds and water are provided. If you would like your own bed, you "
                "pay a reduced annual fee of 12 euros (normally 24 euros).</p><p>The garden is "
                "close to the Wiesenthalerhof bus stop. Children are very welcome.</p>"
            ),
            "ar": (
                "<p>في <strong>الحديقة الدولية</strong> تنمو الطماطم القادمة من سوريا بجانب "
                "البطاطا من منطقة بفالز. هنا يتعرّف الجيران على بعضهم أثناء البذر والري والحصاد، "
                "وغالبًا لا تكون اللغة مهمة كثيرًا.</p><p>أيام الأربعاء والسبت هي أيام العمل "
                "المشترك في الحديقة مع استراحة لشرب الشاي. الأدوات والبذور والماء متوفرة. من يرغب "
                "في حوض خاص يدفع اشتراكًا سنويًا مخفّضًا قدره 12 يورو (بدلًا من 24 "
                "يورو).</p><p>تقع الحديقة قرب موقف الحافلات Wiesenthalerhof. الأطفال مرحّب بهم "
                "دائمًا.</p>"
            ),
            "uk": (
                "<p>У <strong>Міжнародному саду</strong> сирійські помідори ростуть поруч із "
                "пфальцською картоплею. Тут сусіди знайомляться під час сівби, поливу та збору "
                "врожаю — і мова часто не така вже й важлива.</p><p>По середах і суботах — садові "
                "дні зі спільною роботою та перервою на чай. Інструменти, насіння та вода є на "
                "місці. Хто хоче власну грядку, сплачує знижений річний внесок 12 євро (звичайна "
                "ціна — 24 євро).</p><p>Сад розташований поблизу автобусної зупинки "
                "Wiesenthalerhof. Дітям завжди раді.</p>"
            ),
        },
        "themes": ["begegnung-antirassismus"],
        "categories": ["leisure_encounter"],
        "target_groups": ["everyone", "families"],
        "languages": ["de", "ar", "fa", "tr"],
        "cost": "reduced",
        "cost_amount": "12.00",
        "cost_note": {
            "de": (
                "Ermäßigter Jahresbeitrag für ein eigenes Beet (regulär 24 €); Mitgärtnern "
                "kostenlos"
            ),
            "en": "Reduced annual fee for your own bed (normally €24); gardening together is free",
            "ar": "اشتراك سنوي مخفّض لحوض خاص (السعر العادي 24 يورو)؛ المشاركة في الزراعة مجانية",
            "uk": (
                "Знижений річний внесок за власну грядку (звичайно 24 €); спільне садівництво "
                "безкоштовне"
            ),
        },
        "registration_required": False,
        "step_free": False,
        "hearing_loop": False,
        "online": False,
        "online_url": "",
        "valid_from_days": None,
        "valid_until_days": None,
        "contact": {
            "name": "Peter Lang",
            "email": "garten@vielfalter-kl.example.org",
            "phone": "0631 555 0184",
        },
        "locations": [
            {
                "name": "Internationaler Garten Wiesenthalerhof",
                "street": "Am Wiesenthalerhof 3",
                "postcode": "67657",
                "city": "Kaiserslautern",
                "district": "erzhuetten-wiesenthalerhof",
                "latitude": 49.4562,
                "longitude": 7.7988,
                "by_appointment": False,
                "hours": [["wed", "16:00", "19:00"], ["sat", "10:00", "14:00"]],
                "exceptions": [],
            },
        ],
        "confirmed_days_ago": 63,
        "status": "published",
    },
    {
        "external_id": "kl-b-tus-kotten-offenes-training",
        "organisation": "tus-kotten",
        "title": {
            "de": "Offenes Training beim TuS Kotten: Fußball und Turnen für Neuankommende",
            "en": "Open training at TuS Kotten: football and gymnastics for newcomers",
            "ar": "تدريب مفتوح في نادي TuS Kotten: كرة القدم والجمباز للقادمين الجدد",
            "uk": "Відкрите тренування в TuS Kotten: футбол і гімнастика для новоприбулих",
        },
        "summary": {
            "de": (
                "Neuankommende trainieren in den ersten drei Monaten kostenlos mit – ohne "
                "Vereinsmitgliedschaft. Sportschuhe mitbringen und einfach vorbeikommen."
            ),
            "en": (
                "Newcomers can train for free for their first three months – no club membership "
                "needed. Bring sports shoes and just come along."
            ),
            "ar": (
                "يمكن للقادمين الجدد التدرب مجانًا خلال الأشهر الثلاثة الأولى دون عضوية في النادي. "
                "أحضر حذاءً رياضيًا وتعال ببساطة."
            ),
            "uk": (
                "Новоприбулі перші три місяці тренуються безкоштовно — без членства в клубі. "
                "Візьміть спортивне взуття і просто приходьте."
            ),
        },
        "description": {
            "de": (
                "<p>Sport verbindet! Beim <strong>offenen Training</strong> des TuS Kotten 1904 "
                "machen Kinder, Jugendliche und Erwachsene mit, egal wie gut sie "
                "spielen.</p><ul><li>Dienstag und Donnerstag, 17:30–19:00 Uhr: Fußball für "
                "Jugendliche und Erwachsene</li><li>Freitag, 18:00–19:30 Uhr: Turnen und Fitness, "
                "auch für Frauen</li></ul><p>Die ersten drei Monate sind kostenlos. Danach helfen "
                "wir beim Antrag auf einen Zuschuss zum Vereinsbeitrag über Bildung und Teilhabe. "
                "Unsere Trainer sprechen Deutsch und Englisch, ein Spieler hilft auf Arabisch.</p>"
            ),
            "en": (
                "<p>Sport brings people together! Children, teenagers and adults join the "
                "<strong>open training</strong> of TuS Kotten 1904, no matter how well they "
                "play.</p><ul><li>Tuesday and Thursday, 5:30–7 pm: football for teenagers and "
                "adults</li><li>Friday, 6–7:30 pm: gymnastics and fitness, also for "
                "women</li></ul><p>The first three months are free. After that we help you apply "
                "for a subsidy towards the membership fee through education and participation "
                "benefits. Our coaches speak German and English, and one player helps in "
                "Arabic.</p>"
            ),
            "ar": (
                "<p>الرياضة تجمعنا! في <strong>التدريب المفتوح</strong> لنادي TuS Kotten 1904 "
                "يشارك الأطفال والشباب والبالغون مهما كان مستواهم.</p><ul><li>الثلاثاء والخميس، من "
                "17:30 إلى 19:00: كرة القدم للشباب والبالغين</li><li>الجمعة، من 18:00 إلى 19:30: "
                "الجمباز واللياقة البدنية، للنساء أيضًا</li></ul><p>الأشهر الثلاثة الأولى مجانية. "
                "بعد ذلك نساعدك في تقديم طلب دعم لرسوم العضوية عبر خدمات التعليم والمشاركة. يتحدث "
                "مدربونا الألمانية والإنجليزية، ويساعد أحد اللاعبين بالعربية.</p>"
            ),
            "uk": (
                "<p>Спорт об’єднує! У <strong>відкритому тренуванні</strong> TuS Kotten 1904 "
                "беруть участь діти, підлітки й дорослі — незалежно від рівня "
                "гри.</p><ul><li>Вівторок і четвер, 17:30–19:00: футбол для підлітків і "
                "дорослих</li><li>П’ятниця, 18:00–19:30: гімнастика та фітнес, також для "
                "жінок</li></ul><p>Перші три місяці безкоштовні. Потім ми допоможемо подати заяву "
                "на компенсацію членського внеску через програму «Освіта та участь». Наші тренери "
                "розмовляють німецькою та англійською, а один гравець допомагає арабською.</p>"
            ),
        },
        "themes": ["begegnung-antirassismus", "gesundheit"],
        "categories": ["leisure_encounter"],
        "target_groups": ["young_people", "everyone", "refugees"],
        "languages": ["de", "en", "ar"],
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
            "name": "Daniel Koch",
            "email": "training@tus-kotten.example.org",
            "phone": "0631 555 0186",
        },
        "locations": [
            {
                "name": "Sportgelände TuS Kotten",
                "street": "Königstraße 112",
                "postcode": "67655",
                "city": "Kaiserslautern",
                "district": "innenstadt-west-kotten",
                "latitude": 49.445,
                "longitude": 7.752,
                "by_appointment": False,
                "hours": [
                    ["tue", "17:30", "19:00"],
                    ["thu", "17:30", "19:00"],
                    ["fri", "18:00", "19:30"],
                ],
                "exceptions": [],
            },
        ],
        "confirmed_days_ago": 288,
        "status": "published",
    },
    {
        "external_id": "kl-b-interreligioese-dialogabende",
        "organisation": "forum-interreligioeser-dialog",
        "title": {
            "de": "Dialogabende im Forum interreligiöser Dialog: Glauben im Gespräch",
            "en": "Dialogue evenings at the Interreligious Dialogue Forum: talking about faith",
            "ar": "أمسيات الحوار في منتدى الحوار بين الأديان: حديث حول الإيمان",
            "uk": "Вечори діалогу у Форумі міжрелігійного діалогу: розмови про віру",
        },
        "summary": {
            "de": (
                "Christen, Juden, Muslime und Menschen ohne Religion sprechen einmal im Monat über "
                "ein Thema aus dem Alltag. Danach gibt es einen kleinen Imbiss."
            ),
            "en": (
                "Once a month Christians, Jews, Muslims and people without a religion talk about "
                "an everyday topic, followed by a small snack."
            ),
            "ar": (
                "يتحدث مسيحيون ويهود ومسلمون وأشخاص بلا دين مرة في الشهر حول موضوع من الحياة "
                "اليومية، ويلي ذلك طعام خفيف."
            ),
            "uk": (
                "Раз на місяць християни, юдеї, мусульмани та люди без релігії говорять на тему з "
                "повсякденного життя. Після цього — невелике частування."
            ),
        },
        "description": {
            "de": (
                "<p>Wie feiern wir Feste? Was bedeutet Fasten? Wie gehen wir mit Trauer um? Bei "
                "den <strong>interreligiösen Dialogabenden</strong> erzählen zwei Menschen aus "
                "verschiedenen Religionen aus ihrem Leben. Danach sprechen alle in kleinen Gruppen "
                "miteinander.</p><p>Die Abende finden am ersten Dienstag im Monat statt, "
                "abwechselnd in den Räumen des Forums in der Logenstraße und in der Moschee "
                "Kaiserslautern-West. Der Eintritt ist frei, Spenden für den Imbiss sind "
                "willkommen. Alle Menschen sind eingeladen, auch ohne Religion.</p>"
            ),
            "en": (
                "<p>How do we celebrate festivals? What does fasting mean? How do we cope with "
                "grief? At the <strong>interreligious dialogue evenings</strong> two people from "
                "different religions talk about their lives. Afterwards everyone talks together in "
                "small groups.</p><p>The evenings take place on the first Tuesday of the month, "
                "alternating between the Forum's rooms on Logenstraße and the Kaiserslautern-West "
                "mosque. Admission is free; donations for the snacks are welcome. Everyone is "
                "invited, including people without a religion.</p>"
            ),
            "ar": (
                "<p>كيف نحتفل بأعيادنا؟ ماذا يعني الصيام؟ كيف نتعامل مع الحزن؟ في <strong>أمسيات "
                "الحوار بين الأديان</strong> يحكي شخصان من ديانتين مختلفتين عن حياتهما، ثم يتحدث "
                "الجميع مع بعضهم في مجموعات صغيرة.</p><p>تُقام الأمسيات في أول ثلاثاء من كل شهر، "
                "بالتناوب في قاعات المنتدى في شارع Logenstraße وفي مسجد Kaiserslautern-West. "
                "الدخول مجاني، والتبرعات للطعام مرحّب بها. الدعوة مفتوحة للجميع، حتى لمن ليس له "
                "دين.</p>"
            ),
            "uk": (
                "<p>Як ми святкуємо свята? Що означає піст? Як ми переживаємо горе? На "
                "<strong>вечорах міжрелігійного діалогу</strong> двоє людей різних релігій "
                "розповідають про своє життя. Потім усі спілкуються в малих групах.</p><p>Вечори "
                "відбуваються щопершого вівторка місяця, почергово в приміщеннях Форуму на вулиці "
                "Logenstraße та в мечеті Kaiserslautern-West. Вхід вільний, пожертви на частування "
                "вітаються. Запрошені всі, зокрема й люди без релігії.</p>"
            ),
        },
        "themes": ["begegnung-antirassismus"],
        "categories": ["leisure_encounter"],
        "target_groups": ["everyone"],
        "languages": ["de"],
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
            "name": "Ruth Neumann",
            "email": "dialogabende@dialog-kl.example.org",
            "phone": "0631 555 0187",
        },
        "locations": [
            {
                "name": "Forum interreligiöser Dialog",
                "street": "Logenstraße 10",
                "postcode": "67655",
                "city": "Kaiserslautern",
                "district": "innenstadt-ost",
                "latitude": 49.4419,
                "longitude": 7.7672,
                "by_appointment": False,
                "hours": [["tue", "19:00", "21:00"]],
                "exceptions": [],
            },
            {
                "name": "Moschee Kaiserslautern-West",
                "street": "Slevogtstraße 30",
                "postcode": "67663",
                "city": "Kaiserslautern",
                "district": "kaiserslautern-west",
                "latitude": 49.4411,
                "longitude": 7.7321,
                "by_appointment": False,
                "hours": [["tue", "19:00", "21:00"]],
                "exceptions": [],
            },
        ],
        "confirmed_days_ago": 87,
        "status": "published",
    },
    {
        "external_id": "kl-b-stadtteilbueros-treffpunkt",
        "organisation": "projektbuero-integration",
        "title": {
            "de": "Interkulturelle Stadtteilbüros: Treffpunkt für Nachbarinnen und Nachbarn",
            "en": "Intercultural neighbourhood offices: a meeting place for neighbours",
            "ar": "مكاتب الأحياء متعددة الثقافات: ملتقى للجيران",
            "uk": "Міжкультурні районні бюро: місце зустрічі для сусідів",
        },
        "summary": {
            "de": (
                "In den Stadtteilbüros gibt es offene Nachmittage mit Kaffee, Hausaufgabenhilfe, "
                "Nähgruppe und Infos zu Angeboten im Viertel. Alle sind willkommen."
            ),
            "en": (
                "The neighbourhood offices hold open afternoons with coffee, homework help, a "
                "sewing group and information on local offers. Everyone is welcome."
            ),
            "ar": (
                "تقدّم مكاتب الأحياء فترات بعد ظهر مفتوحة مع القهوة والمساعدة في الواجبات المدرسية "
                "ومجموعة خياطة ومعلومات عن الخدمات في الحي. الجميع مرحّب بهم."
            ),
            "uk": (
                "У районних бюро відбуваються відкриті зустрічі після обіду з кавою, допомогою з "
                "домашніми завданнями, гуртком шиття та інформацією про пропозиції в районі. Раді "
                "всім."
            ),
        },
        "description": {
            "de": (
                "<p>Die <strong>Stadtteilbüros</strong> sind Orte zum Ankommen. Hier treffen sich "
                "Menschen, die schon lange im Viertel wohnen, und Familien, die gerade erst "
                "hergezogen sind. Das Integrationskonzept der Stadt sieht vor, solche Treffpunkte "
                "in mehr Stadtteilen anzubieten.</p><ul><li>Offenes Café mit Spielecke für "
                "Kinder</li><li>Hausaufgabenhilfe durch Ehrenamtliche</li><li>Nähgruppe und "
                "Reparaturtreff</li><li>Aushänge zu Wohnungen, Kursen und Festen im "
                "Viertel</li></ul><p>Sie haben eine Idee für Ihr Viertel? Sprechen Sie das Team an "
                "– wir unterstützen Nachbarschaftsprojekte.</p>"
            ),
            "en": (
                "<p>The <strong>neighbourhood offices</strong> are places for arriving. People who "
                "have lived in the area for a long time meet families who have just moved in. The "
                "city's integration concept plans to offer such meeting places in more "
                "districts.</p><ul><li>Open café with a play corner for children</li><li>Homework "
                "help from volunteers</li><li>Sewing group and repair café</li><li>Notices about "
                "flats, courses and local festivals</li></ul><p>Do you have an idea for your "
                "neighbourhood? Talk to the team – we support neighbourhood projects.</p>"
            ),
            "ar": (
                "<p><strong>مكاتب الأحياء</strong> أماكن للوصول والاستقرار. هنا يلتقي أشخاص يسكنون "
                "في الحي منذ زمن طويل مع عائلات انتقلت إليه حديثًا. وينص مفهوم الاندماج الخاص "
                "بالمدينة على توفير مثل هذه الملتقيات في أحياء أكثر.</p><ul><li>مقهى مفتوح مع ركن "
                "لعب للأطفال</li><li>مساعدة في الواجبات المدرسية يقدّمها متطوعون</li><li>مجموعة "
                "خياطة ولقاء لتصليح الأغراض</li><li>إعلانات عن الشقق والدورات والاحتفالات في "
                "الحي</li></ul><p>لديك فكرة لحيّك؟ تحدّث مع الفريق، فنحن ندعم مشاريع الجيرة.</p>"
            ),
            "uk": (
                "<p><strong>Районні бюро</strong> — це місця, де можна освоїтися. Тут "
                "зустрічаються люди, які давно живуть у районі, і родини, що щойно переїхали. "
                "Міська концепція інтеграції передбачає відкриття таких місць зустрічі в більшій "
                "кількості районів.</p><ul><li>Відкрите кафе з ігровим куточком для "
                "дітей</li><li>Допомога з домашніми завданнями від волонтерів</li><li>Гурток шиття "
                "та ремонтне кафе</li><li>Оголошення про житло, курси та свята в "
                "районі</li></ul><p>Маєте ідею для свого району? Зверніться до команди — ми "
                "підтримуємо сусідські проєкти.</p>"
            ),
        },
        "themes": ["begegnung-antirassismus", "ehrenamt-beteiligung"],
        "categories": ["leisure_encounter"],
        "target_groups": ["everyone", "families"],
        "languages": ["de", "en", "ar", "tr", "ru"],
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
            "name": "Julia Becker",
            "email": "stadtteilbueros@kaiserslautern.example.org",
            "phone": "0631 555 0175",
        },
        "locations": [
            {
                "name": "Stadtteilbüro Grübentälchen",
                "street": "Am Harzhübel 10",
                "postcode": "67657",
                "city": "Kaiserslautern",
                "district": "gruebentaelchen-volkspark",
                "latitude": 49.4391,
                "longitude": 7.7893,
                "by_appointment": False,
                "hours": [["mon", "14:00", "18:00"], ["wed", "14:00", "18:00"]],
                "exceptions": [],
            },
            {
                "name": "Stadtteiltreff Universitätswohnstadt",
                "street": "Albert-Schweitzer-Straße 30",
                "postcode": "67663",
                "city": "Kaiserslautern",
                "district": "laemmchesberg-universitaetswohnstadt",
                "latitude": 49.429,
                "longitude": 7.7565,
                "by_appointment": False,
                "hours": [["tue", "15:00", "18:00"], ["thu", "15:00", "18:00"]],
                "exceptions": [],
            },
        ],
        "confirmed_days_ago": 29,
        "status": "published",
    },
    {
        "external_id": "kl-b-deutsch-amerikanischer-stammtisch",
        "organisation": "deutsch-amerikanisches-buergerbuero",
        "title": {
            "de": "Deutsch-Amerikanischer Stammtisch: Neighbors meet Nachbarn",
            "en": "German-American Stammtisch: Neighbors meet Nachbarn",
            "ar": "لقاء Stammtisch الألماني الأمريكي: تعارف بين الجيران",
            "uk": "Німецько-американський «штамтіш»: сусіди знайомляться",
        },
        "summary": {
            "de": (
                "Einmal im Monat treffen sich Amerikanerinnen und Amerikaner aus der US-Community "
                "mit Einheimischen zum Reden auf Deutsch und Englisch."
            ),
            "en": (
                "Once a month members of the US community meet local residents to chat in German "
                "and English."
            ),
            "ar": (
                "مرة في الشهر يلتقي أفراد من الجالية الأمريكية مع السكان المحليين للحديث "
                "بالألمانية والإنجليزية."
            ),
            "uk": (
                "Раз на місяць представники американської громади зустрічаються з місцевими "
                "жителями, щоб поспілкуватися німецькою та англійською."
            ),
        },
        "description": {
            "de": (
                "<p>In Kaiserslautern und im Landkreis leben mehr als 50.000 Amerikanerinnen und "
                "Amerikaner. Viele wohnen nur wenige Jahre hier und möchten trotzdem ihre Nachbarn "
                "kennenlernen. Dafür gibt es den <strong>Deutsch-Amerikanischen "
                "Stammtisch</strong> des Bürgerbüros.</p><p>Jeden zweiten Mittwoch im Monat sitzen "
                "wir im Gasthaus Zur Linde am Einsiedlerhof zusammen. Es gibt keinen Vortrag, nur "
                "Gespräche – über Pfälzer Weinfeste, Mülltrennung, Fußball und Thanksgiving. "
                "Sprechen Sie Deutsch oder Englisch, ganz wie Sie möchten.</p><p>Die Teilnahme ist "
                "kostenlos, Essen und Getränke bezahlt jede Person selbst.</p>"
            ),
            "en": (
                "<p>More than 50,000 Americans live in Kaiserslautern and the surrounding "
                "district. Many stay only a few years but would still like to get to know their "
                "neighbours. That is what the citizens' office's <strong>German-American "
                "Stammtisch</strong> is for.</p><p>On the second Wednesday of every month we get "
                "together at the Gasthaus Zur Linde in Einsiedlerhof. There are no talks, just "
                "conversation – about Palatinate wine festivals, waste sorting, soccer and "
                "Thanksgiving. Speak German or English, whichever you prefer.</p><p>Taking part is "
                "free; everyone pays for their own food and drinks.</p>"
            ),
            "ar": (
                "<p>يعيش أكثر من 50 ألف أمريكي وأمريكية في كايزرسلاوترن والمنطقة المحيطة بها. كثير "
                "منهم يقيمون هنا لبضع سنوات فقط، لكنهم يرغبون مع ذلك في التعرّف على جيرانهم. لهذا "
                "الغرض يوجد <strong>لقاء Stammtisch الألماني الأمريكي</strong> التابع لمكتب "
                "المواطنين.</p><p>في ثاني أربعاء من كل شهر نجتمع في مطعم Gasthaus Zur Linde في "
                "Einsiedlerhof. لا توجد محاضرات، بل أحاديث فقط: عن مهرجانات النبيذ في منطقة بفالز، "
                "وفرز النفايات، وكرة القدم، وعيد الشكر. تحدّث بالألمانية أو الإنجليزية كما "
                "تشاء.</p><p>المشاركة مجانية، ويدفع كل شخص ثمن طعامه وشرابه بنفسه.</p>"
            ),
            "uk": (
                "<p>У Кайзерслаутерні та районі живе понад 50 000 американців. Багато хто з них "
                "мешкає тут лише кілька років, але все одно хоче познайомитися із сусідами. Для "
                "цього існує <strong>німецько-американський «штамтіш»</strong> Бюро "
                "громадян.</p><p>Щодругої середи місяця ми збираємося в ресторані Gasthaus Zur "
                "Linde в Einsiedlerhof. Жодних доповідей — лише розмови: про пфальцські свята "
                "вина, сортування сміття, футбол і День подяки. Говоріть німецькою або англійською "
                "— як вам зручно.</p><p>Участь безкоштовна, за їжу й напої кожен платить сам.</p>"
            ),
        },
        "themes": ["begegnung-antirassismus"],
        "categories": ["leisure_encounter"],
        "target_groups": ["us_community", "everyone"],
        "languages": ["de", "en"],
        "cost": "free",
        "cost_amount": None,
        "cost_note": {
            "de": "Speisen und Getränke zahlt jede Person selbst",
            "en": "Everyone pays for their own food and drinks",
            "ar": "يدفع كل شخص ثمن طعامه وشرابه بنفسه",
            "uk": "За їжу й напої кожен платить сам",
        },
        "registration_required": False,
        "step_free": True,
        "hearing_loop": False,
        "online": False,
        "online_url": "",
        "valid_from_days": None,
        "valid_until_days": None,
        "contact": {
            "name": "Jennifer Miller",
            "email": "stammtisch@kaiserslautern.example.org",
            "phone": "0631 555 0188",
        },
        "locations": [
            {
                "name": "Gasthaus Zur Linde",
                "street": "Kaiserstraße 58",
                "postcode": "67661",
                "city": "Kaiserslautern",
                "district": "einsiedlerhof",
                "latitude": 49.4418,
                "longitude": 7.664,
                "by_appointment": False,
                "hours": [["wed", "19:00", "21:30"]],
                "exceptions": [],
            },
        ],
        "confirmed_days_ago": 17,
        "status": "published",
    },
    {
        "external_id": "kl-b-freiwilligen-agentur-ehrenamt-finden",
        "organisation": "freiwilligen-agentur-kaiserslautern",
        "title": {
            "de": "Ehrenamt finden: Beratung in der Freiwilligen Agentur",
            "en": "Find a volunteering role: advice at the volunteer agency",
            "ar": "ابحث عن عمل تطوعي: استشارة في وكالة التطوع",
            "uk": "Знайти волонтерство: консультація в Агенції волонтерів",
        },
        "summary": {
            "de": (
                "Sie möchten sich engagieren? Wir finden mit Ihnen eine passende Aufgabe – vom "
                "Sprachcafé bis zum Sportverein. Auch Zugewanderte sind herzlich willkommen."
            ),
            "en": (
                "Would you like to volunteer? We'll find a suitable role with you – from a "
                "language café to a sports club. Immigrants are warmly welcome too."
            ),
            "ar": (
                "هل ترغب في التطوع؟ نبحث معك عن مهمة مناسبة، من مقهى اللغة إلى النادي الرياضي. "
                "والمهاجرون والمهاجرات مرحّب بهم أيضًا."
            ),
            "uk": (
                "Бажаєте долучитися до волонтерства? Ми разом з вами знайдемо відповідне завдання "
                "— від мовного кафе до спортивного клубу. Мігрантам також щиро раді."
            ),
        },
        "description": {
            "de": (
                "<p>In Kaiserslautern suchen über 200 Vereine und Einrichtungen Freiwillige. Die "
                "<strong>Freiwilligen Agentur</strong> im Rathaus Nord hilft Ihnen, das passende "
                "Ehrenamt zu finden.</p><ul><li>Familien zu Ämtern und Arztpraxen "
                "begleiten</li><li>Im Dolmetscherpool der Stadt dolmetschen</li><li>Im Sprachcafé, "
                "in der Kleiderkammer oder beim Ferienprogramm mithelfen</li></ul><p>Viele "
                "Zugewanderte engagieren sich schon – ihre Sprachen und Erfahrungen sind besonders "
                "wertvoll. Kommen Sie in die Sprechzeiten oder rufen Sie an. Während Ihres "
                "Einsatzes sind Sie versichert.</p>"
            ),
            "en": (
                "<p>More than 200 clubs and organisations in Kaiserslautern are looking for "
                "volunteers. The <strong>volunteer agency</strong> in Rathaus Nord helps you find "
                "the right role.</p><ul><li>Accompanying families to public offices and "
                "doctors</li><li>Interpreting for the city's interpreter pool</li><li>Helping at a "
                "language café, the clothing store or the holiday programme</li></ul><p>Many "
                "immigrants already volunteer – their languages and experience are especially "
                "valuable. Come during opening hours or give us a call. You are insured while you "
                "volunteer.</p>"
            ),
            "ar": (
                "<p>في كايزرسلاوترن تبحث أكثر من 200 جمعية ومؤسسة عن متطوعين. تساعدك <strong>وكالة "
                "التطوع</strong> في مبنى Rathaus Nord على إيجاد العمل التطوعي "
                "المناسب.</p><ul><li>مرافقة العائلات إلى الدوائر الرسمية وعيادات "
                "الأطباء</li><li>الترجمة الشفهية ضمن مجموعة المترجمين التابعة "
                "للمدينة</li><li>المساعدة في مقهى اللغة أو في مخزن الملابس أو في برنامج "
                "العطلة</li></ul><p>كثير من المهاجرين والمهاجرات يتطوعون بالفعل، ولغاتهم وخبراتهم "
                "قيّمة جدًا. تعال في أوقات الاستقبال أو اتصل بنا. أثناء عملك التطوعي تكون مشمولًا "
                "بالتأمين.</p>"
            ),
            "uk": (
                "<p>У Кайзерслаутерні понад 200 товариств і установ шукають волонтерів. "
                "<strong>Агенція волонтерів</strong> у Rathaus Nord допоможе вам знайти відповідне "
                "волонтерське заняття.</p><ul><li>Супровід родин до установ і "
                "лікарів</li><li>Усний переклад у міському пулі перекладачів</li><li>Допомога в "
                "мовному кафе, на складі одягу чи в канікулярній програмі</li></ul><p>Багато "
                "мігрантів уже займаються волонтерством — їхні мови та досвід особливо цінні. "
                "Приходьте в години прийому або телефонуйте. Під час волонтерської діяльності ви "
                "застраховані.</p>"
            ),
        },
        "themes": ["ehrenamt-beteiligung"],
        "categories": ["leisure_encounter", "counselling"],
        "target_groups": ["everyone", "refugees", "seniors"],
        "languages": ["de", "en", "ar"],
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
            "name": "Monika Richter",
            "email": "beratung@freiwilligen-agentur-kl.example.org",
            "phone": "0631 555 0189",
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
                "hours": [
                    ["mon", "10:00", "13:00"],
                    ["tue", "10:00", "13:00"],
                    ["thu", "14:00", "17:00"],
                ],
                "exceptions": [],
            },
        ],
        "confirmed_days_ago": 38,
        "status": "published",
    },
    {
        "external_id": "kl-b-patenschaften-familien",
        "organisation": "freiwilligen-agentur-kaiserslautern",
        "title": {
            "de": "Patenschaften: Ehrenamtliche begleiten neu zugewanderte Familien",
            "en": "Mentorships: volunteers support newly arrived families",
            "ar": "برنامج الرعاية: متطوعون يرافقون العائلات المهاجرة حديثًا",
            "uk": "Наставництво: волонтери супроводжують родини, які нещодавно приїхали",
        },
        "summary": {
            "de": (
                "Eine Patin oder ein Pate trifft sich ein Jahr lang regelmäßig mit einer Familie: "
                "für Alltagsfragen, Deutschüben und Ausflüge. Für beide Seiten kostenlos."
            ),
            "en": (
                "A mentor meets a family regularly for one year: for everyday questions, German "
                "practice and outings. Free for both sides."
            ),
            "ar": (
                "يلتقي متطوع أو متطوعة بانتظام مع عائلة لمدة عام: للأسئلة اليومية والتدرب على "
                "الألمانية والنزهات. مجانًا للطرفين."
            ),
            "uk": (
                "Наставник або наставниця регулярно зустрічається з родиною протягом року: для "
                "повсякденних питань, практики німецької та прогулянок. Безкоштовно для обох "
                "сторін."
            ),
        },
        "description": {
            "de": (
                "<p>Bei einer <strong>Patenschaft</strong> lernen sich zwei Seiten kennen: eine "
                "neu zugewanderte Familie und ein Mensch, der schon länger in Kaiserslautern lebt. "
                "Sie treffen sich etwa alle zwei Wochen – zum Beispiel, um Briefe zu lesen, die "
                "Stadt zu erkunden oder einfach Deutsch zu sprechen.</p><p>Die Freiwilligen "
                "Agentur bringt passende Patinnen, Paten und Familien zusammen, bereitet die "
                "Ehrenamtlichen in einer Schulung vor und ist bei Fragen ansprechbar. Patinnen und "
                "Paten brauchen ein erweitertes Führungszeugnis.</p><p>Familien und Interessierte "
                "melden sich für ein Kennenlerngespräch an. Wir vereinbaren dann einen Termin im "
                "Rathaus Nord.</p>"
            ),
            "en": (
                "<p>In a <strong>mentorship</strong> two sides get to know each other: a newly "
                "arrived family and someone who has lived in Kaiserslautern for longer. They meet "
                "about every two weeks – for example to read letters, explore the city or simply "
                "speak German.</p><p>The volunteer agency matches mentors with families, prepares "
                "the volunteers in a training session and is there for any questions. Mentors need "
                "an extended certificate of good conduct.</p><p>Families and anyone interested can "
                "sign up for an introductory meeting. We will then arrange an appointment at "
                "Rathaus Nord.</p>"
            ),
            "ar": (
                "<p>في <strong>برنامج الرعاية</strong> يتعرّف طرفان على بعضهما: عائلة وصلت حديثًا، "
                "وشخص يعيش في كايزرسلاوترن منذ فترة أطول. يلتقيان كل أسبوعين تقريبًا، مثلًا لقراءة "
                "الرسائل أو استكشاف المدينة أو لمجرد التحدث بالألمانية.</p><p>تجمع وكالة التطوع "
                "بين الرعاة والعائلات المناسبة، وتعدّ المتطوعين في دورة تدريبية، وتبقى متاحة "
                "للإجابة عن الأسئلة. ويحتاج الرعاة إلى شهادة حسن سيرة وسلوك موسّعة.</p><p>تسجّل "
                "العائلات والمهتمون لإجراء محادثة تعارف، ثم نحدد موعدًا في مبنى Rathaus Nord.</p>"
            ),
            "uk": (
                "<p>У <strong>наставництві</strong> знайомляться дві сторони: родина, яка "
                "нещодавно приїхала, і людина, що вже давно живе в Кайзерслаутерні. Вони "
                "зустрічаються приблизно раз на два тижні — наприклад, щоб прочитати листи, "
                "дослідити місто або просто поговорити німецькою.</p><p>Агенція волонтерів "
                "підбирає відповідних наставників і родини, готує волонтерів на навчанні та завжди "
                "готова відповісти на запитання. Наставникам потрібна розширена довідка про "
                "несудимість.</p><p>Родини та всі зацікавлені реєструються на ознайомчу розмову. "
                "Потім ми домовимося про зустріч у Rathaus Nord.</p>"
            ),
        },
        "themes": ["ehrenamt-beteiligung", "sprachfoerderung"],
        "categories": ["leisure_encounter"],
        "target_groups": ["families", "refugees", "everyone"],
        "languages": ["de", "en"],
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
            "name": "Yusuf Kaya",
            "email": "patenschaften@freiwilligen-agentur-kl.example.org",
            "phone": "0631 555 0190",
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
                "by_appointment": True,
                "hours": [],
                "exceptions": [],
            },
        ],
        "confirmed_days_ago": 5,
        "status": "draft",
    },
    {
        "external_id": "kl-b-auslaenderbehoerde-terminhilfe",
        "organisation": "drk-kreisverband-kaiserslautern",
        "title": {
            "de": "Termin bei der Ausländerbehörde? Hilfe bei Vorbereitung und Begleitung",
            "en": "Appointment at the foreigners' office? Help with preparation and accompaniment",
            "ar": "لديك موعد في دائرة الأجانب؟ مساعدة في التحضير والمرافقة",
            "uk": "Запис до відомства у справах іноземців? Допомога з підготовкою та супровід",
        },
        "summary": {
            "de": (
                "Wir helfen, online einen Termin beim Referat Migration und Fachkräfteeinwanderung "
                "zu buchen und die Unterlagen vorzubereiten. Auf Wunsch begleiten wir Sie."
            ),
            "en": (
                "We help you book an appointment online with the city's migration office and "
                "prepare your documents. If you wish, we go with you."
            ),
            "ar": (
                "نساعدك في حجز موعد عبر الإنترنت لدى قسم الهجرة واستقدام العمالة الماهرة وفي تجهيز "
                "الوثائق. ونرافقك إذا رغبت."
            ),
            "uk": (
                "Ми допоможемо забронювати онлайн зустріч у відділі міграції та імміграції "
                "фахівців і підготувати документи. За бажанням супроводимо вас."
            ),
        },
        "description": {
            "de": (
                "<p>Ihr Aufenthaltstitel läuft bald ab? Sie brauchen eine Fiktionsbescheinigung "
                "oder möchten den Aufenthaltstitel in Ihren neuen Pass übertragen lassen? Dafür "
                "brauchen Sie einen Termin beim <strong>Referat Migration und "
                "Fachkräfteeinwanderung</strong> (Ausländerbehörde) der Stadt.</p><ul><li>Wir "
                "buchen mit Ihnen den Termin im Online-Terminsystem.</li><li>Wir prüfen mit einer "
                "Checkliste, ob alle Unterlagen vollständig sind: Pass, Foto, Mietvertrag, "
                "Lohnabrechnungen.</li><li>Auf Wunsch begleiten ehrenamtliche Helferinnen und "
                "Helfer Sie zum Termin.</li></ul><p>Kommen Sie in die Sprechstunde im DRK-Haus in "
                "der Augustastraße. Bitte kommen Sie frühzeitig, mindestens acht Wochen bevor Ihr "
                "Aufenthaltstitel abläuft.</p>"
            ),
            "en": (
                "<p>Is your residence permit about to expire? Do you need a fictional certificate "
                "(Fiktionsbescheinigung) or want your permit transferred to a new passport? For "
                "this you need an appointment with the city's <strong>migration and skilled "
                "immigration office</strong> (foreigners' office).</p><ul><li>We book the "
                "appointment with you in the online booking system.</li><li>We use a checklist to "
                "make sure all documents are complete: passport, photo, tenancy agreement, "
                "payslips.</li><li>If you wish, volunteers go with you to the "
                "appointment.</li></ul><p>Come to the consultation hours at the Red Cross building "
                "on Augustastraße. Please come early – at least eight weeks before your residence "
                "permit expires.</p>"
            ),
            "ar": (
                "<p>ستنتهي صلاحية إقامتك قريبًا؟ تحتاج إلى شهادة الإقامة المؤقتة "
                "(Fiktionsbescheinigung) أو تريد نقل الإقامة إلى جواز سفرك الجديد؟ لذلك تحتاج إلى "
                "موعد لدى <strong>قسم الهجرة واستقدام العمالة الماهرة</strong> (دائرة الأجانب) في "
                "المدينة.</p><ul><li>نحجز معك الموعد في نظام المواعيد الإلكتروني.</li><li>نتحقق "
                "معك باستخدام قائمة مراجعة من اكتمال جميع الوثائق: جواز السفر والصورة وعقد الإيجار "
                "وكشوف الرواتب.</li><li>إذا رغبت، يرافقك متطوعون ومتطوعات إلى "
                "الموعد.</li></ul><p>تعال إلى ساعات الاستقبال في مبنى الصليب الأحمر في شارع "
                "Augustastraße. يرجى الحضور مبكرًا، قبل ثمانية أسابيع على الأقل من انتهاء صلاحية "
                "إقامتك.</p>"
            ),
            "uk": (
                "<p>Строк дії вашого дозволу на проживання скоро закінчується? Вам потрібна "
                "фікційна довідка (Fiktionsbescheinigung) або ви хочете перенести дозвіл у новий "
                "паспорт? Для цього потрібна зустріч у міському <strong>відділі міграції та "
                "імміграції фахівців</strong> (відомство у справах іноземців).</p><ul><li>Ми разом "
                "з вами забронюємо зустріч в онлайн-системі запису.</li><li>За контрольним списком "
                "перевіримо, чи всі документи на місці: паспорт, фото, договір оренди, "
                "розрахункові листки.</li><li>За бажанням волонтери супроводять вас на "
                "зустріч.</li></ul><p>Приходьте на прийом до будинку DRK на вулиці Augustastraße. "
                "Будь ласка, звертайтеся завчасно — щонайменше за вісім тижнів до закінчення "
                "строку дії дозволу.</p>"
            ),
        },
        "themes": ["ehrenamt-beteiligung"],
        "categories": ["legal_residence", "counselling"],
        "target_groups": ["refugees", "skilled_workers", "everyone"],
        "languages": ["de", "en", "ar", "uk", "fa", "ru"],
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
            "name": "Markus Hoffmann",
            "email": "begleitung@drk-kl.example.org",
            "phone": "0631 555 0170",
        },
        "locations": [
            {
                "name": "DRK-Haus Kaiserslautern",
                "street": "Augustastraße 12",
                "postcode": "67655",
                "city": "Kaiserslautern",
                "district": "innenstadt-suedwest",
                "latitude": 49.4385,
                "longitude": 7.7648,
                "by_appointment": False,
                "hours": [["mon", "10:00", "12:00"], ["wed", "14:00", "16:00"]],
                "exceptions": [],
            },
        ],
        "confirmed_days_ago": 22,
        "status": "published",
    },
    {
        "external_id": "kl-b-einbuergerung-infoabend",
        "organisation": "beirat-migration-integration",
        "title": {
            "de": "Infoabend Einbürgerung: Wege zur deutschen Staatsangehörigkeit",
            "en": "Naturalisation information evening: paths to German citizenship",
            "ar": "أمسية معلومات حول التجنّس: طرق الحصول على الجنسية الألمانية",
            "uk": "Інформаційний вечір про натуралізацію: шляхи до німецького громадянства",
        },
        "summary": {
            "de": (
                "Der Beirat für Migration und Integration erklärt mit der Einbürgerungsbehörde die "
                "Voraussetzungen, den Einbürgerungstest und die Mehrstaatigkeit. Anmeldung erbeten."
            ),
            "en": (
                "Together with the naturalisation authority, the Migration and Integration Council "
                "explains the requirements, the naturalisation test and dual citizenship. Please "
                "register."
            ),
            "ar": (
                "يشرح مجلس الهجرة والاندماج بالتعاون مع دائرة التجنيس الشروط واختبار التجنّس وتعدد "
                "الجنسيات. يرجى التسجيل."
            ),
            "uk": (
                "Рада з питань міграції та інтеграції разом з відомством натуралізації пояснює "
                "умови, тест на натуралізацію та множинне громадянство. Просимо зареєструватися."
            ),
        },
        "description": {
            "de": (
                "<p>Seit 2024 ist die Einbürgerung in Deutschland oft schon nach fünf Jahren "
                "möglich, und Sie dürfen in der Regel Ihre bisherige Staatsangehörigkeit behalten. "
                "Beim <strong>Infoabend Einbürgerung</strong> erfahren Sie, was das für Sie "
                "bedeutet.</p><ul><li>Voraussetzungen: Aufenthaltsdauer, Sprachkenntnisse, "
                "Lebensunterhalt</li><li>Einbürgerungstest und Deutschprüfung B1</li><li>Antrag, "
                "Unterlagen und Gebühren</li><li>Erfahrungsberichte von Eingebürgerten aus "
                "Kaiserslautern</li></ul><p>Die Abende finden donnerstags im Großen Ratssaal des "
                "Rathauses statt. Es gibt eine induktive Höranlage und Übersetzung ins Englische, "
                "Arabische und Türkische. Bitte melden Sie sich per E-Mail oder Telefon an.</p>"
            ),
            "en": (
                "<p>Since 2024 naturalisation in Germany is often possible after just five years, "
                "and you can usually keep your previous citizenship. At the <strong>naturalisation "
                "information evening</strong> you find out what this means for "
                "you.</p><ul><li>Requirements: length of residence, language skills, supporting "
                "yourself</li><li>Naturalisation test and B1 German exam</li><li>Application, "
                "documents and fees</li><li>First-hand accounts from naturalised citizens of "
                "Kaiserslautern</li></ul><p>The evenings take place on Thursdays in the Great "
                "Council Chamber of the town hall. There is an induction loop and interpreting "
                "into English, Arabic and Turkish. Please register by e-mail or phone.</p>"
            ),
            "ar": (
                "<p>منذ عام 2024 أصبح التجنّس في ألمانيا ممكنًا في كثير من الأحيان بعد خمس سنوات "
                "فقط، ويمكنك عادةً الاحتفاظ بجنسيتك الأصلية. في <strong>أمسية المعلومات حول "
                "التجنّس</strong> تعرف ماذا يعني ذلك بالنسبة إليك.</p><ul><li>الشروط: مدة الإقامة "
                "والمعرفة اللغوية وتأمين المعيشة</li><li>اختبار التجنّس وامتحان اللغة الألمانية "
                "بمستوى B1</li><li>الطلب والوثائق والرسوم</li><li>تجارب أشخاص من كايزرسلاوترن "
                "حصلوا على الجنسية</li></ul><p>تُقام الأمسيات أيام الخميس في قاعة المجلس الكبرى في "
                "مبنى البلدية. تتوفر حلقة سمعية لمستخدمي أجهزة السمع وترجمة إلى الإنجليزية "
                "والعربية والتركية. يرجى التسجيل عبر البريد الإلكتروني أو الهاتف.</p>"
            ),
            "uk": (
                "<p>З 2024 року натуралізація в Німеччині часто можлива вже через п’ять років, і "
                "зазвичай можна зберегти своє попереднє громадянство. На <strong>інформаційному "
                "вечорі про натуралізацію</strong> ви дізнаєтеся, що це означає для "
                "вас.</p><ul><li>Умови: тривалість перебування, знання мови, забезпечення засобів "
                "до існування</li><li>Тест на натуралізацію та іспит з німецької мови рівня "
                "B1</li><li>Заява, документи та збори</li><li>Розповіді людей з Кайзерслаутерна, "
                "які вже отримали громадянство</li></ul><p>Вечори відбуваються по четвергах у "
                "Великій залі засідань ратуші. Є індукційна петля для слухових апаратів і переклад "
                "англійською, арабською та турецькою. Будь ласка, зареєструйтеся електронною "
                "поштою або телефоном.</p>"
            ),
        },
        "themes": ["ehrenamt-beteiligung"],
        "categories": ["legal_residence"],
        "target_groups": ["everyone", "skilled_workers", "refugees", "eu_citizens"],
        "languages": ["de", "en", "ar", "tr"],
        "cost": "free",
        "cost_amount": None,
        "cost_note": {},
        "registration_required": True,
        "step_free": True,
        "hearing_loop": True,
        "online": False,
        "online_url": "",
        "valid_from_days": None,
        "valid_until_days": 75,
        "contact": {
            "name": "Hasan Aksoy",
            "email": "beirat-einbuergerung@kaiserslautern.example.org",
            "phone": "0631 555 0177",
        },
        "locations": [
            {
                "name": "Rathaus Kaiserslautern, Großer Ratssaal",
                "street": "Willy-Brandt-Platz 1",
                "postcode": "67657",
                "city": "Kaiserslautern",
                "district": "innenstadt-ost",
                "latitude": 49.4439,
                "longitude": 7.7716,
                "by_appointment": False,
                "hours": [["thu", "18:00", "20:00"]],
                "exceptions": [],
            },
        ],
        "confirmed_days_ago": 11,
        "status": "published",
    },
    {
        "external_id": "kl-b-drk-kleiderladen",
        "organisation": "drk-kreisverband-kaiserslautern",
        "title": {
            "de": "DRK-Kleiderladen: Kleidung, Schuhe und Bettwäsche für Menschen in Not",
            "en": "Red Cross clothing store: clothes, shoes and bedding for people in need",
            "ar": "متجر الملابس التابع للصليب الأحمر: ملابس وأحذية وأغطية أسرّة للمحتاجين",
            "uk": "Магазин одягу DRK: одяг, взуття та постільна білизна для людей у скруті",
        },
        "summary": {
            "de": (
                "Im Kleiderladen gibt es gespendete Kleidung für Erwachsene und Kinder. Mit "
                "Nachweis über Bürgergeld, Asylbewerberleistungen oder Wohngeld ist alles "
                "kostenlos."
            ),
            "en": (
                "The clothing store has donated clothes for adults and children. With proof of "
                "citizen's income, asylum seeker benefits or housing benefit everything is free."
            ),
            "ar": (
                "في متجر الملابس توجد ملابس متبرَّع بها للبالغين والأطفال. ومع إثبات الحصول على "
                "إعانة المواطن أو إعانات طالبي اللجوء أو إعانة السكن يكون كل شيء مجانيًا."
            ),
            "uk": (
                "У магазині одягу є пожертвуваний одяг для дорослих і дітей. Якщо ви отримуєте "
                "Bürgergeld, виплати для шукачів притулку або житлову допомогу й маєте "
                "підтвердження, усе безкоштовно."
            ),
        },
        "description": {
            "de": (
                "<p>Im <strong>DRK-Kleiderladen</strong> finden Sie saubere, gut erhaltene "
                "Kleidung, Schuhe, Bettwäsche und Handtücher. Alles wurde von Menschen aus "
                "Kaiserslautern gespendet und von Ehrenamtlichen sortiert.</p><p>Bringen Sie bitte "
                "Ihren Bescheid vom Jobcenter, vom Sozialamt oder von der Wohngeldstelle mit. Dann "
                "ist der Einkauf kostenlos. Alle anderen geben eine kleine Spende. Für "
                "Neuankommende gibt es eine Erstausstattung mit Winterjacke und Schuhen.</p><p>Sie "
                "möchten selbst Kleidung spenden oder mithelfen? Kommen Sie während der "
                "Öffnungszeiten vorbei.</p>"
            ),
            "en": (
                "<p>At the <strong>Red Cross clothing store</strong> you will find clean, "
                "good-quality clothes, shoes, bedding and towels. Everything has been donated by "
                "people from Kaiserslautern and sorted by volunteers.</p><p>Please bring your "
                "decision letter from the job centre, the social welfare office or the housing "
                "benefit office. Then everything is free. Everyone else gives a small donation. "
                "Newcomers can get a starter set with a winter jacket and shoes.</p><p>Would you "
                "like to donate clothes or help out? Drop in during opening hours.</p>"
            ),
            "ar": (
                "<p>في <strong>متجر الملابس التابع للصليب الأحمر</strong> تجد ملابس وأحذية وأغطية "
                "أسرّة ومناشف نظيفة وبحالة جيدة. تبرّع بكل ذلك سكان من كايزرسلاوترن وقام متطوعون "
                "بفرزه.</p><p>يرجى إحضار قرار مركز العمل (Jobcenter) أو دائرة الشؤون الاجتماعية أو "
                "مكتب إعانة السكن، وعندها يكون كل شيء مجانيًا. أما الآخرون فيقدّمون تبرعًا بسيطًا. "
                "وللقادمين الجدد توجد مجموعة أساسية تشمل سترة شتوية وحذاءً.</p><p>هل تريد التبرع "
                "بالملابس أو المساعدة بنفسك؟ تعال خلال ساعات العمل.</p>"
            ),
            "uk": (
                "<p>У <strong>магазині одягу DRK</strong> ви знайдете чистий одяг у доброму стані, "
                "взуття, постільну білизну та рушники. Усе це пожертвували жителі Кайзерслаутерна, "
                "а волонтери відсортували.</p><p>Будь ласка, візьміть із собою рішення від "
                "Jobcenter, соціального відомства або відділу житлової допомоги. Тоді все "
                "безкоштовно. Інші відвідувачі роблять невелику пожертву. Для новоприбулих є "
                "базовий набір із зимовою курткою та взуттям.</p><p>Хочете самі пожертвувати одяг "
                "або допомогти? Приходьте в години роботи.</p>"
            ),
        },
        "themes": ["ehrenamt-beteiligung"],
        "categories": ["emergency_help"],
        "target_groups": ["refugees", "families", "everyone"],
        "languages": ["de", "en", "ar", "uk"],
        "cost": "free",
        "cost_amount": None,
        "cost_note": {
            "de": "Mit Leistungsbescheid kostenlos, sonst kleine Spende",
            "en": "Free with a benefits decision letter, otherwise a small donation",
            "ar": "مجانًا مع قرار الإعانة، وإلا فتبرع بسيط",
            "uk": "Безкоштовно з рішенням про виплати, інакше невелика пожертва",
        },
        "registration_required": False,
        "step_free": True,
        "hearing_loop": False,
        "online": False,
        "online_url": "",
        "valid_from_days": None,
        "valid_until_days": None,
        "contact": {
            "name": "Gisela Braun",
            "email": "kleiderladen@drk-kl.example.org",
            "phone": "0631 555 0171",
        },
        "locations": [
            {
                "name": "DRK-Kleiderladen Kotten",
                "street": "Pfaffstraße 5",
                "postcode": "67655",
                "city": "Kaiserslautern",
                "district": "innenstadt-west-kotten",
                "latitude": 49.4462,
                "longitude": 7.7538,
                "by_appointment": False,
                "hours": [
                    ["tue", "09:00", "12:00"],
                    ["thu", "14:00", "17:00"],
                    ["sat", "10:00", "13:00"],
                ],
                "exceptions": [],
            },
        ],
        "confirmed_days_ago": 46,
        "status": "published",
    },
    {
        "external_id": "kl-b-lebensmittelausgabe-stiftskirche",
        "organisation": "protestantische-stiftskirchengemeinde",
        "title": {
            "de": "Lebensmittelausgabe: Essen für Menschen mit wenig Geld",
            "en": "Food bank: food for people on a low income",
            "ar": "توزيع المواد الغذائية: طعام للأشخاص ذوي الدخل المحدود",
            "uk": "Видача продуктів: їжа для людей із низьким доходом",
        },
        "summary": {
            "de": (
                "Ehrenamtliche geben gespendete Lebensmittel wie Brot, Obst, Gemüse und "
                "Milchprodukte aus. Bitte einen Nachweis über Ihr Einkommen mitbringen."
            ),
            "en": (
                "Volunteers hand out donated food such as bread, fruit, vegetables and dairy "
                "products. Please bring proof of your income."
            ),
            "ar": (
                "يوزّع متطوعون مواد غذائية متبرَّعًا بها مثل الخبز والفواكه والخضروات ومنتجات "
                "الألبان. يرجى إحضار إثبات لدخلك."
            ),
            "uk": (
                "Волонтери видають пожертвувані продукти: хліб, фрукти, овочі та молочні продукти. "
                "Будь ласка, візьміть підтвердження вашого доходу."
            ),
        },
        "description": {
            "de": (
                "<p>Supermärkte und Bäckereien spenden Lebensmittel, die noch gut sind, aber nicht "
                "mehr verkauft werden. Bei der <strong>Lebensmittelausgabe</strong> der "
                "Stiftskirchengemeinde bekommen Menschen mit wenig Geld diese Lebensmittel "
                "kostenlos.</p><p>Beim ersten Besuch zeigen Sie bitte Ihren Ausweis und einen "
                "Bescheid über Bürgergeld, Grundsicherung, Asylbewerberleistungen oder einen "
                "Nachweis über Ihr geringes Einkommen. Dann bekommen Sie eine Kundenkarte. Bringen "
                "Sie eigene Taschen mit.</p><p>Die Ausgabe ist dienstags und freitags an der "
                "Stiftskirche in der Innenstadt und donnerstags im Gemeindehaus Morlautern. Die "
                "Religion spielt keine Rolle – alle sind willkommen.</p>"
            ),
            "en": (
                "<p>Supermarkets and bakeries donate food that is still good but can no longer be "
                "sold. At the parish's <strong>food bank</strong> people on a low income receive "
                "this food free of charge.</p><p>On your first visit please show your ID and a "
                "decision letter on citizen's income, basic income support or asylum seeker "
                "benefits, or proof of your low income. You will then receive a customer card. "
                "Bring your own bags.</p><p>Food is handed out on Tuesdays and Fridays at the "
                "Stiftskirche in the city centre and on Thursdays at the parish hall in "
                "Morlautern. Religion does not matter – everyone is welcome.</p>"
            ),
            "ar": (
                "<p>تتبرّع المتاجر الكبرى والمخابز بمواد غذائية ما زالت صالحة لكنها لم تعد تُباع. "
                "في <strong>توزيع المواد الغذائية</strong> التابع لأبرشية Stiftskirche يحصل "
                "الأشخاص ذوو الدخل المحدود على هذه المواد مجانًا.</p><p>في زيارتك الأولى يرجى "
                "إبراز هويتك وقرار بحصولك على إعانة المواطن أو الضمان الأساسي أو إعانات طالبي "
                "اللجوء، أو إثبات لدخلك المنخفض، وبعدها تحصل على بطاقة زبون. أحضر معك أكياسك "
                "الخاصة.</p><p>يتم التوزيع أيام الثلاثاء والجمعة عند كنيسة Stiftskirche في وسط "
                "المدينة، وأيام الخميس في قاعة الأبرشية في Morlautern. الدين لا يهم، فالجميع مرحّب "
                "بهم.</p>"
            ),
            "uk": (
                "<p>Супермаркети й пекарні жертвують продукти, які ще придатні, але вже не "
                "продаються. На <strong>видачі продуктів</strong> парафії Stiftskirche люди з "
                "низьким доходом отримують ці продукти безкоштовно.</p><p>Під час першого візиту, "
                "будь ласка, покажіть посвідчення особи та рішення про Bürgergeld, базове "
                "соціальне забезпечення чи виплати для шукачів притулку або підтвердження низького "
                "доходу. Після цього ви отримаєте картку клієнта. Візьміть власні "
                "сумки.</p><p>Видача відбувається по вівторках і п’ятницях біля Stiftskirche в "
                "центрі міста та по четвергах у парафіяльному домі в Morlautern. Релігія не має "
                "значення — раді всім.</p>"
            ),
        },
        "themes": ["ehrenamt-beteiligung"],
        "categories": ["emergency_help"],
        "target_groups": ["everyone", "families", "seniors", "refugees"],
        "languages": ["de", "en", "ar"],
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
            "name": "Heike Zimmermann",
            "email": "lebensmittel@stiftskirche-kl.example.org",
            "phone": "0631 555 0191",
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
                "hours": [["tue", "14:00", "16:00"], ["fri", "10:00", "12:00"]],
                "exceptions": [],
            },
            {
                "name": "Protestantisches Gemeindehaus Morlautern",
                "street": "Otterberger Straße 10",
                "postcode": "67659",
                "city": "Kaiserslautern",
                "district": "morlautern",
                "latitude": 49.4782,
                "longitude": 7.7828,
                "by_appointment": False,
                "hours": [["thu", "15:00", "16:30"]],
                "exceptions": [],
            },
        ],
        "confirmed_days_ago": 55,
        "status": "published",
    },
    {
        "external_id": "kl-b-wohnungsnotfall-notunterkunft",
        "organisation": "projektbuero-integration",
        "title": {
            "de": "Wohnung verloren? Kontakt zur Notunterkunft und Fachstelle Wohnungsnotfälle",
            "en": "Lost your home? Contact for emergency shelter and the housing emergency service",
            "ar": "فقدت مسكنك؟ التواصل مع مأوى الطوارئ ومكتب حالات السكن الطارئة",
            "uk": "Втратили житло? Контакт щодо екстреного притулку та служби з житлових криз",
        },
        "summary": {
            "de": (
                "Wer obdachlos ist oder wem eine Räumung droht, bekommt bei der Fachstelle "
                "Wohnungsnotfälle sofort Hilfe und einen Platz in einer Notunterkunft."
            ),
            "en": (
                "If you are homeless or facing eviction, the housing emergency service helps you "
                "straight away and finds you a place in an emergency shelter."
            ),
            "ar": (
                "إذا كنت بلا مأوى أو مهددًا بالإخلاء، يقدّم لك مكتب حالات السكن الطارئة المساعدة "
                "فورًا ويوفّر لك مكانًا في مأوى للطوارئ."
            ),
            "uk": (
                "Якщо ви залишилися без житла або вам загрожує виселення, служба з житлових криз "
                "одразу допоможе й надасть місце в екстреному притулку."
            ),
        },
        "description": {
            "de": (
                "<p>Niemand muss in Kaiserslautern auf der Straße schlafen. Wenn Sie Ihre Wohnung "
                "verloren haben, eine Räumungsklage bekommen haben oder nach einer Trennung keine "
                "Unterkunft haben, wenden Sie sich an die <strong>Fachstelle "
                "Wohnungsnotfälle</strong>.</p><ul><li>Unterbringung in einer Notunterkunft, auch "
                "für Familien</li><li>Hilfe bei Mietschulden, damit Sie Ihre Wohnung behalten "
                "können</li><li>Vermittlung an Beratungsstellen und ins "
                "Frauenhaus</li></ul><p>Während der Öffnungszeiten kommen Sie ohne Termin ins "
                "Rathaus Nord. <strong>Nachts und am Wochenende</strong> wenden Sie sich an die "
                "Polizei (Notruf 110). Sie vermittelt Ihnen einen Schlafplatz.</p>"
            ),
            "en": (
                "<p>Nobody in Kaiserslautern has to sleep on the street. If you have lost your "
                "home, received an eviction notice or have nowhere to stay after a separation, "
                "contact the <strong>housing emergency service</strong>.</p><ul><li>Accommodation "
                "in an emergency shelter, including for families</li><li>Help with rent arrears so "
                "that you can keep your flat</li><li>Referral to advice centres and the women's "
                "shelter</li></ul><p>During opening hours come to Rathaus Nord without an "
                "appointment. <strong>At night and at weekends</strong> contact the police "
                "(emergency number 110). They will find you a place to sleep.</p>"
            ),
            "ar": (
                "<p>لا يجب أن ينام أحد في الشارع في كايزرسلاوترن. إذا فقدت شقتك، أو تلقيت دعوى "
                "إخلاء، أو لم يعد لديك مكان للسكن بعد انفصال، فتوجّه إلى <strong>مكتب حالات السكن "
                "الطارئة</strong>.</p><ul><li>الإيواء في مأوى للطوارئ، للعائلات "
                "أيضًا</li><li>المساعدة في ديون الإيجار لكي تحتفظ بشقتك</li><li>التوصيل بمراكز "
                "الاستشارة وببيت حماية النساء</li></ul><p>خلال ساعات العمل يمكنك الحضور دون موعد "
                "إلى مبنى Rathaus Nord. <strong>في الليل وفي عطلة نهاية الأسبوع</strong> توجّه إلى "
                "الشرطة (رقم الطوارئ 110)، فهي تؤمّن لك مكانًا للنوم.</p>"
            ),
            "uk": (
                "<p>Ніхто в Кайзерслаутерні не мусить ночувати на вулиці. Якщо ви втратили "
                "квартиру, отримали позов про виселення або після розлучення не маєте де жити, "
                "зверніться до <strong>служби з житлових криз</strong>.</p><ul><li>Розміщення в "
                "екстреному притулку, також для родин</li><li>Допомога з боргами за оренду, щоб ви "
                "могли зберегти квартиру</li><li>Направлення до консультаційних служб і до "
                "притулку для жінок</li></ul><p>У години роботи приходьте без запису до Rathaus "
                "Nord. <strong>Уночі та у вихідні</strong> звертайтеся до поліції (екстрений номер "
                "110) — там вам допоможуть знайти місце для ночівлі.</p>"
            ),
        },
        "themes": ["wohnen"],
        "categories": ["emergency_help", "housing"],
        "target_groups": ["everyone", "families"],
        "languages": ["de", "en", "ar", "uk", "ru", "ro"],
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
            "name": "Bernd Schmitt",
            "email": "wohnungsnotfall@kaiserslautern.example.org",
            "phone": "0631 555 0176",
        },
        "locations": [
            {
                "name": "Fachstelle Wohnungsnotfälle im Rathaus Nord",
                "street": "Benzinoring 1",
                "postcode": "67657",
                "city": "Kaiserslautern",
                "district": "innenstadt-nord-kaiserberg",
                "latitude": 49.4529,
                "longitude": 7.7668,
                "by_appointment": False,
                "hours": [
                    ["mon", "08:00", "12:00"],
                    ["tue", "08:00", "12:00"],
                    ["wed", "08:00", "12:00"],
                    ["thu", "08:00", "12:00"],
                    ["thu", "14:00", "17:00"],
                    ["fri", "08:00", "12:00"],
                ],
                "exceptions": [],
            },
        ],
        "confirmed_days_ago": 70,
        "status": "published",
    },
    {
        "external_id": "kl-b-krisentelefon-24h",
        "organisation": "protestantische-stiftskirchengemeinde",
        "title": {
            "de": "Krisentelefon rund um die Uhr: reden, wenn alles zu viel wird",
            "en": "24-hour crisis line: someone to talk to when everything gets too much",
            "ar": "هاتف الأزمات على مدار الساعة: تحدّث عندما يصبح كل شيء فوق طاقتك",
            "uk": "Цілодобовий кризовий телефон: поговорити, коли всього забагато",
        },
        "summary": {
            "de": (
                "Tag und Nacht hören geschulte Ehrenamtliche am Telefon zu – anonym, vertraulich "
                "und kostenlos. Auch an Feiertagen."
            ),
            "en": (
                "Day and night, trained volunteers listen on the phone – anonymously, "
                "confidentially and free of charge. Holidays included."
            ),
            "ar": (
                "ليلًا ونهارًا يستمع إليك متطوعون مدرَّبون عبر الهاتف، دون ذكر الاسم وبسرية "
                "ومجانًا. حتى في أيام العطل الرسمية."
            ),
            "uk": (
                "Удень і вночі підготовлені волонтери вислухають вас телефоном — анонімно, "
                "конфіденційно й безкоштовно. Також у святкові дні."
            ),
        },
        "description": {
            "de": (
                "<p>Sorgen um die Familie in der Heimat, Einsamkeit, Streit oder Gedanken, nicht "
                "mehr leben zu wollen: Am <strong>Krisentelefon</strong> können Sie über alles "
                "sprechen. Sie müssen Ihren Namen nicht nennen, und Ihre Nummer wird nicht "
                "angezeigt.</p><p>Das Telefon ist 24 Stunden am Tag besetzt, an allen Tagen im "
                "Jahr. Gespräche sind auf Deutsch und Englisch möglich; zu festen Zeiten sprechen "
                "Ehrenamtliche auch Arabisch, Russisch und Ukrainisch. Die Zeiten stehen auf der "
                '<a href="https://stiftskirche.kaiserslautern.example.org/krisentelefon">Website '
                "des Krisentelefons</a>.</p><p><strong>Bei Lebensgefahr</strong> rufen Sie sofort "
                "den Notruf 112 an.</p>"
            ),
            "en": (
                "<p>Worries about your family back home, loneliness, conflict or thoughts of not "
                "wanting to live any more: on the <strong>crisis line</strong> you can talk about "
                "anything. You don't have to give your name, and your number is not "
                "displayed.</p><p>The line is staffed 24 hours a day, every day of the year. Calls "
                "are possible in German and English; at set times volunteers also speak Arabic, "
                "Russian and Ukrainian. The times are listed on the <a "
                'href="https://stiftskirche.kaiserslautern.example.org/krisentelefon">crisis line '
                "website</a>.</p><p><strong>If a life is in danger</strong>, call the emergency "
                "number 112 immediately.</p>"
            ),
            "ar": (
                "<p>القلق على العائلة في الوطن، الوحدة، الخلافات، أو أفكار بعدم الرغبة في الحياة: "
                "عبر <strong>هاتف الأزمات</strong> يمكنك التحدث عن كل شيء. لست مضطرًا إلى ذكر "
                "اسمك، ولا يظهر رقمك.</p><p>الهاتف متاح 24 ساعة في اليوم، طوال أيام السنة. "
                "المحادثات ممكنة بالألمانية والإنجليزية، وفي أوقات محددة يتحدث المتطوعون أيضًا "
                "العربية والروسية والأوكرانية. تجد الأوقات على <a "
                'href="https://stiftskirche.kaiserslautern.example.org/krisentelefon">موقع هاتف '
                "الأزمات</a>.</p><p><strong>في حالة الخطر على الحياة</strong> اتصل فورًا برقم "
                "الطوارئ 112.</p>"
            ),
            "uk": (
                "<p>Тривога за родину на батьківщині, самотність, сварки чи думки про те, що не "
                "хочеться жити: на <strong>кризовому телефоні</strong> можна говорити про все. "
                "Називати своє ім’я не потрібно, а ваш номер не відображається.</p><p>Телефон "
                "працює 24 години на добу, щодня впродовж року. Розмови можливі німецькою та "
                "англійською; у визначені години волонтери говорять також арабською, російською та "
                "українською. Розклад є на <a "
                'href="https://stiftskirche.kaiserslautern.example.org/krisentelefon">сайті '
                "кризового телефону</a>.</p><p><strong>У разі загрози життю</strong> негайно "
                "телефонуйте на екстрений номер 112.</p>"
            ),
        },
        "themes": ["gesundheit"],
        "categories": ["emergency_help", "health"],
        "target_groups": ["everyone"],
        "languages": ["de", "en", "ar", "ru", "uk"],
        "cost": "free",
        "cost_amount": None,
        "cost_note": {},
        "registration_required": False,
        "step_free": True,
        "hearing_loop": False,
        "online": True,
        "online_url": "https://stiftskirche.kaiserslautern.example.org/krisentelefon",
        "valid_from_days": None,
        "valid_until_days": None,
        "contact": {
            "name": "Team Krisentelefon",
            "email": "krisentelefon@stiftskirche-kl.example.org",
            "phone": "0631 555 0192",
        },
        "locations": [],
        "confirmed_days_ago": 33,
        "status": "published",
    },
]
