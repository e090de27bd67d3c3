"""Demo events outside the programme, with the people who registered or were invited.
Pure data, loaded by ankunft/demo/events.py.

Dates are relative to the day of loading: "week" weeks from today, moved to the next
"weekday" (and on by a week while that day is a holiday). A weekly series either began
"weeks_back" weeks ago and has no end, or has "dates" meetings. All people are fictional and
every e-mail address is under example.org."""

from __future__ import annotations

from typing import Any

EVENTS: list[dict[str, Any]] = [
    {
        "organisation": "vielfalter-kl",
        "weekday": "thu",
        "weeks_back": 12,
        "start": "16:00",
        "end": "19:00",
        "place": "vielfalter",
        "rrule": "FREQ=WEEKLY;BYDAY=TH",
        "skip_intercultural_week": True,
        "languages": ["de", "en", "ar", "fa", "tr"],
        "target_groups": ["everyone"],
        "themes": ["begegnung-antirassismus"],
        "cost": "free",
        "step_free": True,
        "offer": "kl-b-world-cafe-vielfalter",
        "contact": {
            "name": "Nadia Okafor",
            "email": "worldcafe@vielfalter-kl.example.org",
            "phone": "0631 555 0183",
        },
        "title": {
            "de": "World Café: Begegnungscafé jeden Donnerstag",
            "en": "World Café: meeting café every Thursday",
            "ar": "World Café: مقهى اللقاء كل يوم خميس",
            "uk": "World Café: кафе зустрічей щочетверга",
        },
        "summary": {
            "de": (
                "Alteingesessene und Neuangekommene treffen sich bei Kaffee, Tee und Spielen. "
                "Einfach vorbeikommen, Deutschkenntnisse sind nicht nötig."
            ),
            "en": (
                "Long-time residents and newcomers meet over coffee, tea and games. Just drop in; "
                "no German needed."
            ),
            "ar": (
                "يلتقي السكان القدامى والقادمون الجدد على القهوة والشاي والألعاب. تعالوا ببساطة، "
                "لا حاجة إلى معرفة الألمانية."
            ),
            "uk": (
                "Давні мешканці та новоприбулі зустрічаються за кавою, чаєм та іграми. Просто "
                "приходьте, знання німецької не потрібне."
            ),
        },
        "description": {
            "de": (
                "<p>Jeden Donnerstag öffnet Vielfalter KL seinen Treffpunkt in der Marktstraße. "
                "Menschen aus über 30 Ländern trinken Kaffee, spielen Karten und üben Deutsch im "
                "Gespräch.</p><p>An Feiertagen und zwischen Weihnachten und Neujahr fällt das "
                "World Café aus. In der Interkulturellen Woche treffen wir uns beim World Café "
                "XXL an der Stiftskirche. Die Teilnahme ist kostenlos.</p>"
            ),
            "en": (
                "<p>Every Thursday Vielfalter KL opens its meeting place in Marktstraße. People "
                "from more than 30 countries drink coffee, play cards and practise German in "
                "conversation.</p><p>There is no World Café on public holidays or between "
                "Christmas and New Year. During the Intercultural Week we meet at the World Café "
                "XXL at the Stiftskirche. Taking part is free.</p>"
            ),
            "ar": (
                "<p>كل يوم خميس تفتح جمعية Vielfalter KL مكان لقائها في شارع Marktstraße. يشرب "
                "أشخاص من أكثر من 30 بلدًا القهوة ويلعبون الورق ويتدرّبون على الألمانية من خلال "
                "الحديث.</p><p>لا يُقام World Café في أيام العطل الرسمية ولا بين عيد الميلاد ورأس "
                "السنة. وخلال الأسبوع بين الثقافات نلتقي في World Café XXL عند كنيسة "
                "Stiftskirche. المشاركة مجانية.</p>"
            ),
            "uk": (
                "<p>Щочетверга Vielfalter KL відчиняє своє місце зустрічей на Марктштрасе. Люди з "
                "понад 30 країн п’ють каву, грають у карти й практикують німецьку в "
                "розмові.</p><p>У святкові дні та між Різдвом і Новим роком World Café не "
                "відбувається. Під час Міжкультурного тижня ми зустрічаємося на World Café XXL "
                "біля Штифтскірхе. Участь безкоштовна.</p>"
            ),
        },
    },
    {
        "organisation": "volkshochschule-kaiserslautern",
        "weekday": "tue",
        "week": 2,
        "dates": 10,
        "start": "18:00",
        "end": "19:30",
        "place": "volkshochschule",
        "rrule": "FREQ=WEEKLY;BYDAY=TU",
        "languages": ["de"],
        "target_groups": ["everyone", "refugees"],
        "themes": ["sprachfoerderung"],
        "cost": "reduced",
        "cost_amount": "30.00",
        "step_free": True,
        "title": {
            "de": "Gesprächskreis Deutsch am Abend (ab B1)",
            "en": "German conversation group in the evening (B1 and up)",
            "ar": "حلقة محادثة باللغة الألمانية مساءً (من مستوى B1)",
            "uk": "Розмовний клуб німецької ввечері (від рівня B1)",
        },
        "summary": {
            "de": (
                "Zehn Abende lang sprechen Sie in einer kleinen Gruppe über Alltag, Arbeit und "
                "Nachrichten. Für alle, die sicherer sprechen möchten."
            ),
            "en": (
                "For ten evenings you talk in a small group about everyday life, work and the "
                "news. For everyone who wants to speak more confidently."
            ),
            "ar": (
                "على مدى عشر أمسيات تتحدثون في مجموعة صغيرة عن الحياة اليومية والعمل والأخبار. "
                "لكل من يريد أن يتحدث بثقة أكبر."
            ),
            "uk": (
                "Протягом десяти вечорів ви розмовляєте в невеликій групі про повсякдення, роботу "
                "й новини. Для всіх, хто хоче говорити впевненіше."
            ),
        },
        "description": {
            "de": (
                "<p>Im Gesprächskreis steht das Sprechen im Mittelpunkt, nicht die Grammatik. "
                "Eine Kursleiterin bringt Themen mit und hilft bei schwierigen Wörtern.</p><p>Der "
                "Gesprächskreis kostet 30 Euro für alle Termine. Mit Bürgergeld oder "
                "Asylbewerberleistungen zahlen Sie weniger. Sie können jederzeit einsteigen.</p>"
            ),
            "en": (
                "<p>The group is about speaking, not grammar. A course leader brings topics and "
                "helps with difficult words.</p><p>The group costs 30 euros for all dates. If you "
                "receive citizen's income or asylum seeker benefits, you pay less. You can join "
                "at any time.</p>"
            ),
            "ar": (
                "<p>في حلقة المحادثة يكون التركيز على الكلام لا على القواعد. تُحضر مدرّبة الدورة "
                "مواضيع وتساعد في الكلمات الصعبة.</p><p>تكلفة الحلقة 30 يورو لجميع المواعيد. إذا "
                "كنتم تحصلون على إعانة المواطن (Bürgergeld) أو على إعانات طالبي اللجوء تدفعون "
                "أقل. يمكنكم الانضمام في أي وقت.</p>"
            ),
            "uk": (
                "<p>У розмовному клубі головне — говорити, а не граматика. Викладачка пропонує "
                "теми й допомагає зі складними словами.</p><p>Участь коштує 30 євро за всі "
                "зустрічі. Якщо ви отримуєте Bürgergeld або допомогу для шукачів притулку, ви "
                "платите менше. Приєднатися можна будь-коли.</p>"
            ),
        },
    },
    {
        "organisation": "moscheeverein-kaiserslautern-west",
        "weekday": "sat",
        "weeks_back": 8,
        "start": "10:00",
        "end": "12:00",
        "place": "moschee-west",
        "rrule": "FREQ=WEEKLY;BYDAY=SA",
        "languages": ["de", "ar", "tr"],
        "target_groups": ["women"],
        "themes": ["sprachfoerderung"],
        "cost": "free",
        "step_free": True,
        "offer": "kl-moschee-deutsch-lerngruppe-frauen",
        "title": {
            "de": "Deutsch lernen unter Frauen: Lerngruppe am Samstag",
            "en": "Learning German among women: Saturday study group",
            "ar": "تعلّم الألمانية بين النساء: مجموعة تعلّم يوم السبت",
            "uk": "Вивчаємо німецьку серед жінок: навчальна група в суботу",
        },
        "summary": {
            "de": (
                "Frauen lernen zusammen Deutsch, mit Erklärungen auf Arabisch und Türkisch. "
                "Kleine Kinder werden nebenan betreut."
            ),
            "en": (
                "Women learn German together, with explanations in Arabic and Turkish. Small "
                "children are looked after next door."
            ),
            "ar": (
                "تتعلّم النساء الألمانية معًا، مع شرح بالعربية والتركية. يُعتنى بالأطفال الصغار "
                "في الغرفة المجاورة."
            ),
            "uk": (
                "Жінки разом вивчають німецьку з поясненнями арабською та турецькою. За малими "
                "дітьми доглядають у сусідній кімнаті."
            ),
        },
        "description": {
            "de": (
                "<p>Die Lerngruppe ist für Frauen aller Herkunft und Religionen offen. "
                "Ehrenamtliche Lehrerinnen üben mit Ihnen Wörter und Sätze für Arzt, Schule und "
                "Einkauf.</p><p>Sie brauchen keine Anmeldung und zahlen nichts. An Feiertagen und "
                "zwischen Weihnachten und Neujahr fällt die Gruppe aus.</p>"
            ),
            "en": (
                "<p>The study group is open to women of every origin and religion. Volunteer "
                "teachers practise words and phrases for the doctor, school and shopping with "
                "you.</p><p>You do not need to register and it costs nothing. There is no group "
                "on public holidays or between Christmas and New Year.</p>"
            ),
            "ar": (
                "<p>مجموعة التعلّم مفتوحة للنساء من جميع الأصول والأديان. تتدرّب معكِ معلّمات "
                "متطوعات على كلمات وجمل للطبيب والمدرسة والتسوّق.</p><p>لا تحتاجين إلى تسجيل ولا "
                "تدفعين شيئًا. لا تُعقد المجموعة في أيام العطل الرسمية ولا بين عيد الميلاد ورأس "
                "السنة.</p>"
            ),
            "uk": (
                "<p>Навчальна група відкрита для жінок будь-якого походження та віросповідання. "
                "Вчительки-волонтерки тренують з вами слова й фрази для лікаря, школи та "
                "покупок.</p><p>Реєстрація не потрібна, участь безкоштовна. У святкові дні та між "
                "Різдвом і Новим роком група не збирається.</p>"
            ),
        },
    },
    {
        "organisation": "projektbuero-integration",
        "weekday": "thu",
        "week": 5,
        "start": "17:00",
        "end": "19:00",
        "place": "rathaus",
        "languages": ["de"],
        "target_groups": ["everyone"],
        "themes": ["ehrenamt-beteiligung"],
        "cost": "free",
        "step_free": True,
        "hearing_loop": True,
        "invitation_only": True,
        "capacity": 120,
        "contact": {
            "name": "Projektbüro Integration – Einbürgerungsfeier",
            "email": "feier@kaiserslautern.example.org",
            "phone": "0631 555 0161",
        },
        "invitees": "ceremony",
        "title": {
            "de": "Einbürgerungsfeier der Stadt Kaiserslautern",
            "en": "Naturalisation ceremony of the City of Kaiserslautern",
            "ar": "حفل التجنّس في مدينة كايزرسلاوترن",
            "uk": "Урочиста церемонія натуралізації міста Кайзерслаутерн",
        },
        "summary": {
            "de": (
                "Die Stadt heißt ihre neuen Bürgerinnen und Bürger feierlich willkommen. Die "
                "Teilnahme ist nur mit persönlicher Einladung möglich."
            ),
            "en": (
                "The city gives its new citizens a festive welcome. Attendance by personal "
                "invitation only."
            ),
            "ar": "ترحّب المدينة بمواطناتها ومواطنيها الجدد في حفل رسمي. الحضور بدعوة شخصية فقط.",
            "uk": (
                "Місто урочисто вітає своїх нових громадян. Участь лише за особистим запрошенням."
            ),
        },
        "description": {
            "de": (
                "<p>Bei der Feier überreicht die Oberbürgermeisterin die Einbürgerungsurkunden. "
                "Eine Musikgruppe spielt, und neue Bürgerinnen und Bürger erzählen, was ihnen "
                "Kaiserslautern bedeutet.</p><p>Eingeladen sind alle, die in den letzten Monaten "
                "eingebürgert wurden, mit ihren Familien. Bitte antworten Sie über den Link in "
                "Ihrer Einladung, ob Sie kommen.</p>"
            ),
            "en": (
                "<p>At the ceremony the Lord Mayor presents the naturalisation certificates. A "
                "band plays, and new citizens talk about what Kaiserslautern means to "
                "them.</p><p>Everyone naturalised in recent months is invited with their family. "
                "Please use the link in your invitation to tell us whether you are coming.</p>"
            ),
            "ar": (
                "<p>في الحفل تسلّم عمدة المدينة شهادات التجنّس. تعزف فرقة موسيقية، ويتحدث مواطنون "
                "جدد عمّا تعنيه لهم كايزرسلاوترن.</p><p>الدعوة موجّهة إلى كل من حصلوا على الجنسية "
                "في الأشهر الأخيرة مع عائلاتهم. يُرجى إخبارنا عبر الرابط في دعوتكم إن كنتم "
                "ستحضرون.</p>"
            ),
            "uk": (
                "<p>На церемонії обер-бургомістерка вручає документи про натуралізацію. Грає "
                "музичний гурт, а нові громадяни розповідають, що для них означає "
                "Кайзерслаутерн.</p><p>Запрошені всі, хто отримав громадянство за останні місяці, "
                "разом із родинами. Будь ласка, повідомте через посилання у вашому запрошенні, чи "
                "ви прийдете.</p>"
            ),
        },
    },
    {
        "organisation": "projektbuero-integration",
        "weekday": "tue",
        "week": 3,
        "start": "09:00",
        "end": "16:00",
        "place": "rathaus",
        "languages": ["de"],
        "target_groups": [],
        "themes": ["begegnung-antirassismus"],
        "cost": "free",
        "step_free": True,
        "hearing_loop": True,
        "registration": True,
        "capacity": 16,
        "contact": {
            "name": "Thomas Berger",
            "email": "fortbildung@kaiserslautern.example.org",
            "phone": "0631 555 0162",
        },
        "questions": [
            {
                "label": {
                    "de": "Dienststelle oder Referat",
                    "en": "Department",
                    "ar": "الدائرة أو القسم",
                    "uk": "Відділ або управління",
                },
                "required": True,
            },
        ],
        "registrants": "staff_training",
        "cancel_registrant": "tobias.klein@kaiserslautern.example.org",
        "title": {
            "de": (
                "Fortbildung für städtische Beschäftigte: Interkulturelle Kompetenz im "
                "Verwaltungsalltag"
            ),
            "en": "Training for city staff: intercultural competence in everyday administration",
            "ar": "تدريب لموظفي المدينة: الكفاءة بين الثقافات في العمل الإداري اليومي",
            "uk": (
                "Навчання для працівників міської адміністрації: міжкультурна компетентність у "
                "щоденній роботі"
            ),
        },
        "summary": {
            "de": (
                "Ein Tag für Mitarbeitende der Stadtverwaltung: Missverständnisse erkennen, "
                "verständlich erklären, mit Dolmetschenden arbeiten."
            ),
            "en": (
                "A day for city administration staff: recognising misunderstandings, explaining "
                "clearly, working with interpreters."
            ),
            "ar": (
                "يوم لموظفي إدارة المدينة: التعرّف على سوء الفهم، والشرح بوضوح، والعمل مع المترجمين."
            ),
            "uk": (
                "День для працівників міської адміністрації: розпізнавати непорозуміння, "
                "пояснювати зрозуміло, працювати з перекладачами."
            ),
        },
        "description": {
            "de": (
                "<p>Im Bürgercenter, in der Ausländerbehörde oder im Jugendamt begegnen Sie "
                "täglich Menschen aus vielen Ländern. In der Fortbildung üben Sie an Beispielen "
                "aus Ihrem Alltag, wie Gespräche gut gelingen.</p><p>Themen sind einfache "
                "Sprache, der Einsatz des städtischen Dolmetscherpools und der Umgang mit "
                "Vorurteilen. Die Fortbildung gehört zum städtischen Fortbildungsprogramm. Die "
                "Plätze sind begrenzt.</p>"
            ),
            "en": (
                "<p>At the citizens' centre, the foreigners' office or the youth welfare office "
                "you meet people from many countries every day. In the training you practise with "
                "examples from your daily work how conversations can go well.</p><p>Topics "
                "include plain language, using the city's interpreter pool and dealing with "
                "prejudice. The training is part of the city's staff training programme. Places "
                "are limited.</p>"
            ),
            "ar": (
                "<p>في مركز خدمة المواطنين أو في دائرة الأجانب أو في مكتب رعاية الشباب تلتقون "
                "يوميًا بأشخاص من بلدان كثيرة. في هذا التدريب تتمرّنون بأمثلة من عملكم اليومي على "
                "إنجاح المحادثات.</p><p>من المواضيع: اللغة البسيطة، والاستعانة بمجموعة المترجمين "
                "التابعة للمدينة، والتعامل مع الأحكام المسبقة. التدريب جزء من برنامج التدريب "
                "لموظفي المدينة. عدد الأماكن محدود.</p>"
            ),
            "uk": (
                "<p>У центрі обслуговування громадян, відомстві у справах іноземців чи службі у "
                "справах молоді ви щодня зустрічаєте людей з багатьох країн. На навчанні ви на "
                "прикладах зі своєї роботи тренуєтеся вести розмови успішно.</p><p>Теми: проста "
                "мова, залучення міського пулу перекладачів і робота з упередженнями. Навчання є "
                "частиною міської програми підвищення кваліфікації. Кількість місць обмежена.</p>"
            ),
        },
    },
    {
        "organisation": "ihk-pfalz-kaiserslautern",
        "weekday": "wed",
        "week": 6,
        "start": "14:00",
        "end": "18:00",
        "place": "ihk",
        "languages": ["de"],
        "target_groups": ["skilled_workers"],
        "themes": ["bildung-arbeit"],
        "cost": "free",
        "step_free": True,
        "hearing_loop": True,
        "registration": True,
        "capacity": 30,
        "contact": {
            "name": "Claudia Neumann",
            "email": "fachkraefte-seminar@ihk-pfalz.example.org",
            "phone": "0631 555 0163",
        },
        "questions": [
            {
                "label": {
                    "de": "Unternehmen",
                    "en": "Company",
                    "ar": "الشركة",
                    "uk": "Підприємство",
                },
                "required": True,
            },
        ],
        "registrants": "business_seminar",
        "title": {
            "de": "Seminar für Führungskräfte: Fachkräfte aus dem Ausland gewinnen und halten",
            "en": (
                "Seminar for business leaders: attracting and keeping skilled workers from abroad"
            ),
            "ar": "ندوة للقيادات الاقتصادية: استقطاب العمالة الماهرة من الخارج والحفاظ عليها",
            "uk": "Семінар для керівників: як залучити й утримати фахівців з-за кордону",
        },
        "summary": {
            "de": (
                "Ein Nachmittag für Unternehmerinnen, Unternehmer und Personalverantwortliche aus "
                "der Region. Mit Praxisbeispielen aus Kaiserslauterer Betrieben."
            ),
            "en": (
                "An afternoon for entrepreneurs and HR managers from the region, with practical "
                "examples from Kaiserslautern companies."
            ),
            "ar": (
                "لقاء بعد الظهر لأصحاب الشركات ومسؤولي شؤون الموظفين في المنطقة، مع أمثلة عملية "
                "من شركات في كايزرسلاوترن."
            ),
            "uk": (
                "Післяобідня зустріч для підприємців і кадровиків регіону з практичними "
                "прикладами підприємств Кайзерслаутерна."
            ),
        },
        "description": {
            "de": (
                "<p>Die IHK Pfalz und die Stadt Kaiserslautern laden Führungspersönlichkeiten aus "
                "der Wirtschaft ein. Sie erfahren, wie die Einwanderung von Fachkräften "
                "funktioniert, welche Förderung es gibt und wie Sie neue Beschäftigte gut "
                "einarbeiten.</p><p>Zwei Betriebe aus Kaiserslautern berichten von ihren "
                "Erfahrungen. Danach ist Zeit für Fragen und Austausch. Die Teilnahme ist "
                "kostenlos, bitte melden Sie sich an.</p>"
            ),
            "en": (
                "<p>The Palatinate Chamber of Commerce and Industry and the City of "
                "Kaiserslautern invite business leaders. You learn how the immigration of skilled "
                "workers works, what funding is available and how to help new employees settle "
                "in.</p><p>Two Kaiserslautern companies share their experience. Afterwards there "
                "is time for questions and networking. Taking part is free; please register.</p>"
            ),
            "ar": (
                "<p>تدعو غرفة الصناعة والتجارة في البفالتس ومدينة كايزرسلاوترن القيادات "
                "الاقتصادية. تتعرّفون على كيفية هجرة العمالة الماهرة، وأنواع الدعم المتاحة، "
                "وكيفية مساعدة الموظفين الجدد على الاندماج في العمل.</p><p>تعرض شركتان من "
                "كايزرسلاوترن تجاربهما. بعد ذلك يتوفّر وقت للأسئلة وتبادل الخبرات. المشاركة "
                "مجانية، ويُرجى التسجيل.</p>"
            ),
            "uk": (
                "<p>Торгово-промислова палата Пфальцу та місто Кайзерслаутерн запрошують "
                "керівників бізнесу. Ви дізнаєтеся, як відбувається імміграція фахівців, яка "
                "підтримка доступна і як добре ввести нових працівників у роботу.</p><p>Два "
                "підприємства з Кайзерслаутерна розповідають про свій досвід. Потім — час для "
                "запитань та обміну досвідом. Участь безкоштовна, будь ласка, зареєструйтеся.</p>"
            ),
        },
    },
    {
        "organisation": "caritas-zentrum-kaiserslautern",
        "weekday": "sat",
        "week": 8,
        "start": "10:00",
        "end": "15:00",
        "place": "fruchthalle",
        "languages": ["de", "tr", "ru", "ar", "pl", "ro", "uk"],
        "target_groups": ["seniors", "families"],
        "themes": ["gesundheit"],
        "cost": "free",
        "step_free": True,
        "hearing_loop": True,
        "contact": {
            "name": "Selin Aydın",
            "email": "pflegemesse@caritas-kl.example.org",
            "phone": "0631 555 0164",
        },
        "title": {
            "de": "Messe der Pflegeangebote: Pflege und Hilfe im Alter in vielen Sprachen",
            "en": "Care providers' fair: care and support in old age, in many languages",
            "ar": "معرض خدمات الرعاية: الرعاية والمساعدة في الشيخوخة بلغات كثيرة",
            "uk": "Ярмарок послуг догляду: догляд і допомога в літньому віці багатьма мовами",
        },
        "summary": {
            "de": (
                "Pflegedienste, Tagespflegen und Beratungsstellen stellen sich vor. Sie erfahren, "
                "welche Hilfe es für ältere Angehörige gibt und wer sie bezahlt."
            ),
            "en": (
                "Home care services, day care centres and advice services present themselves. You "
                "learn what help there is for older relatives and who pays for it."
            ),
            "ar": (
                "تعرّف خدمات الرعاية المنزلية ومراكز الرعاية النهارية ومكاتب الاستشارة بنفسها. "
                "تعرفون ما المساعدة المتاحة لأقاربكم المسنّين ومن يدفع تكاليفها."
            ),
            "uk": (
                "Служби догляду вдома, центри денного перебування та консультаційні служби "
                "представляють себе. Ви дізнаєтеся, яка допомога є для літніх родичів і хто за "
                "неї платить."
            ),
        },
        "description": {
            "de": (
                "<p>Viele Familien pflegen ihre Eltern oder Großeltern zu Hause. Auf der Messe "
                "lernen Sie Pflegedienste, Tagespflegen, Pflegeheime und die Pflegeberatung "
                "kennen, auch mit Mitarbeitenden, die Türkisch, Russisch, Arabisch, Polnisch oder "
                "Rumänisch sprechen.</p><p>Kurzvorträge erklären den Pflegegrad und die "
                "Leistungen der Pflegeversicherung. Der Eintritt ist frei, der Saal ist stufenlos "
                "erreichbar und hat eine Induktionsschleife.</p>"
            ),
            "en": (
                "<p>Many families care for their parents or grandparents at home. At the fair you "
                "meet home care services, day care centres, care homes and the care advice "
                "service, including staff who speak Turkish, Russian, Arabic, Polish or "
                "Romanian.</p><p>Short talks explain care levels and the benefits of long-term "
                "care insurance. Admission is free; the hall is step-free and has a hearing "
                "loop.</p>"
            ),
            "ar": (
                "<p>ترعى عائلات كثيرة آباءها أو أجدادها في المنزل. في المعرض تتعرّفون على خدمات "
                "الرعاية المنزلية ومراكز الرعاية النهارية ودور الرعاية واستشارات الرعاية، ومنها "
                "موظفون يتحدثون التركية والروسية والعربية والبولندية والرومانية.</p><p>تشرح "
                "محاضرات قصيرة درجة الرعاية (Pflegegrad) وخدمات تأمين الرعاية. الدخول مجاني، "
                "والقاعة خالية من العوائق ومجهّزة بحلقة سمعية.</p>"
            ),
            "uk": (
                "<p>Багато родин доглядають батьків або бабусь і дідусів удома. На ярмарку ви "
                "познайомитеся зі службами догляду вдома, центрами денного перебування, будинками "
                "догляду та консультаціями з питань догляду, зокрема з працівниками, які говорять "
                "турецькою, російською, арабською, польською чи румунською.</p><p>Короткі "
                "доповіді пояснюють ступінь потреби в догляді (Pflegegrad) і виплати страхування "
                "на випадок потреби в догляді. Вхід вільний, до зали можна потрапити без сходів, "
                "і в ній є індукційна петля.</p>"
            ),
        },
    },
    {
        "organisation": "beirat-migration-integration",
        "weekday": "thu",
        "week": 2,
        "start": "17:30",
        "end": "18:30",
        "online": True,
        "online_url": "https://beirat-migration.kaiserslautern.example.org/sprechstunde",
        "languages": ["de", "en", "ar", "uk", "tr", "ru"],
        "target_groups": ["everyone"],
        "themes": ["ehrenamt-beteiligung"],
        "cost": "free",
        "offer": "kl-b-einbuergerung-infoabend",
        "title": {
            "de": "Online-Sprechstunde: Fragen zur Einbürgerung",
            "en": "Online consultation: questions about naturalisation",
            "ar": "استشارة عبر الإنترنت: أسئلة حول التجنّس",
            "uk": "Онлайн-консультація: запитання про натуралізацію",
        },
        "summary": {
            "de": (
                "Mitglieder des Beirats für Migration und Integration beantworten Ihre Fragen zur "
                "Einbürgerung per Video. Ohne Anmeldung."
            ),
            "en": (
                "Members of the Council for Migration and Integration answer your questions about "
                "naturalisation by video. No registration needed."
            ),
            "ar": (
                "يجيب أعضاء مجلس الهجرة والاندماج عن أسئلتكم حول التجنّس عبر الفيديو. بدون تسجيل."
            ),
            "uk": (
                "Члени Ради з питань міграції та інтеграції відповідають на ваші запитання про "
                "натуралізацію через відеозв’язок. Без реєстрації."
            ),
        },
        "description": {
            "de": (
                "<p>Wer kann Deutsche oder Deutscher werden? Welche Unterlagen brauche ich, und "
                "wie lange dauert es? In der Online-Sprechstunde bekommen Sie erste "
                "Antworten.</p><p>Sie können auf Deutsch, Englisch, Arabisch, Ukrainisch, "
                "Türkisch oder Russisch fragen. Für Ihren Antrag ist die Einbürgerungsbehörde "
                "zuständig; wir helfen bei der Vorbereitung.</p>"
            ),
            "en": (
                "<p>Who can become a German citizen? Which documents do I need, and how long does "
                "it take? The online consultation gives you first answers.</p><p>You can ask in "
                "German, English, Arabic, Ukrainian, Turkish or Russian. The naturalisation "
                "authority is responsible for your application; we help you prepare.</p>"
            ),
            "ar": (
                "<p>من يمكنه الحصول على الجنسية الألمانية؟ ما الوثائق التي أحتاجها، وكم تستغرق "
                "العملية؟ في الاستشارة عبر الإنترنت تحصلون على إجابات أولى.</p><p>يمكنكم السؤال "
                "بالألمانية أو الإنجليزية أو العربية أو الأوكرانية أو التركية أو الروسية. سلطة "
                "التجنّس هي المسؤولة عن طلبكم، ونحن نساعدكم في التحضير له.</p>"
            ),
            "uk": (
                "<p>Хто може отримати німецьке громадянство? Які документи потрібні і скільки це "
                "триває? На онлайн-консультації ви отримаєте перші відповіді.</p><p>Запитувати "
                "можна німецькою, англійською, арабською, українською, турецькою або російською. "
                "За вашу заяву відповідає орган з натуралізації, а ми допомагаємо "
                "підготуватися.</p>"
            ),
        },
    },
    {
        "organisation": "ib-jugendmigrationsdienst",
        "weekday": "mon",
        "week": 4,
        "start": "18:00",
        "end": "20:00",
        "place": "jugendmigrationsdienst",
        "languages": ["de", "ar", "uk", "tr", "prs"],
        "target_groups": ["families"],
        "themes": ["bildung-arbeit", "sprachfoerderung"],
        "cost": "free",
        "step_free": True,
        "hearing_loop": True,
        "offer": "kl-jmd-bildungsberatung",
        "title": {
            "de": "Elternabend: Das Schulsystem in Rheinland-Pfalz einfach erklärt",
            "en": "Parents' evening: the school system in Rhineland-Palatinate explained simply",
            "ar": "أمسية لأولياء الأمور: شرح مبسّط للنظام المدرسي في راينلاند-بفالتس",
            "uk": "Батьківські збори: шкільна система Рейнланд-Пфальцу простими словами",
        },
        "summary": {
            "de": (
                "Grundschule, Realschule plus, Gymnasium, Berufsschule: Wir erklären die Wege und "
                "beantworten Fragen von Eltern. Mit Dolmetscherinnen."
            ),
            "en": (
                "Primary school, Realschule plus, Gymnasium, vocational school: we explain the "
                "routes and answer parents' questions. With interpreters."
            ),
            "ar": (
                "المدرسة الابتدائية، ومدرسة Realschule plus، والثانوية (Gymnasium)، والمدرسة "
                "المهنية: نشرح المسارات ونجيب عن أسئلة الأهل. بحضور مترجمات."
            ),
            "uk": (
                "Початкова школа, Realschule plus, гімназія, професійна школа: ми пояснюємо шляхи "
                "й відповідаємо на запитання батьків. З перекладачками."
            ),
        },
        "description": {
            "de": (
                "<p>Viele Eltern fragen sich, welche Schule die richtige für ihr Kind ist. Der "
                "Jugendmigrationsdienst erklärt das Schulsystem in Rheinland-Pfalz, den Übergang "
                "nach der Grundschule und die Wege zum Abschluss.</p><p>Dolmetscherinnen "
                "übersetzen ins Arabische, Ukrainische, Türkische und ins Dari. Der Raum hat eine "
                "Induktionsschleife. Die Teilnahme ist kostenlos.</p>"
            ),
            "en": (
                "<p>Many parents wonder which school is right for their child. The youth "
                "migration service explains the school system in Rhineland-Palatinate, the move "
                "after primary school and the routes to a qualification.</p><p>Interpreters "
                "translate into Arabic, Ukrainian, Turkish and Dari. The room has a hearing loop. "
                "Taking part is free.</p>"
            ),
            "ar": (
                "<p>يتساءل كثير من الأهل عن المدرسة المناسبة لأطفالهم. تشرح خدمة هجرة الشباب "
                "النظام المدرسي في راينلاند-بفالتس، والانتقال بعد المرحلة الابتدائية، والطرق إلى "
                "الحصول على شهادة.</p><p>تترجم مترجمات إلى العربية والأوكرانية والتركية والدرية. "
                "القاعة مجهّزة بحلقة سمعية. المشاركة مجانية.</p>"
            ),
            "uk": (
                "<p>Багато батьків думають, яка школа підходить їхній дитині. Молодіжна "
                "міграційна служба пояснює шкільну систему Рейнланд-Пфальцу, перехід після "
                "початкової школи та шляхи до атестата.</p><p>Перекладачки перекладають "
                "арабською, українською, турецькою та дарі. У залі є індукційна петля. Участь "
                "безкоштовна.</p>"
            ),
        },
    },
    {
        "organisation": "projektbuero-integration",
        "weekday": "wed",
        "week": 3,
        "start": "14:00",
        "end": "17:00",
        "place": "stadtteilbuero-west-slevogt12",
        "languages": ["de", "ar", "tr", "ru"],
        "target_groups": ["families"],
        "themes": ["gesundheit"],
        "cost": "free",
        "step_free": True,
        "offer": "kl-b-gesundheitsberatung-familien",
        "title": {
            "de": "Gesundheitsberatung vor Ort für Familien mit Kindern",
            "en": "On-site health advice for families with children",
            "ar": "استشارة صحية في الحي للعائلات التي لديها أطفال",
            "uk": "Консультація щодо здоров’я на місці для сімей з дітьми",
        },
        "summary": {
            "de": (
                "Eine Kinderkrankenschwester und eine Dolmetscherin beraten Familien im "
                "Stadtteilbüro. Ohne Termin und kostenlos."
            ),
            "en": (
                "A paediatric nurse and an interpreter advise families at the neighbourhood "
                "office. No appointment needed, free of charge."
            ),
            "ar": "تقدّم ممرضة أطفال ومترجمة استشارات للعائلات في مكتب الحي. بدون موعد ومجانًا.",
            "uk": (
                "Дитяча медсестра й перекладачка консультують родини в районному офісі. Без "
                "запису й безкоштовно."
            ),
        },
        "description": {
            "de": (
                "<p>Sie haben Fragen zu Impfungen, Vorsorgeuntersuchungen oder zur Suche nach "
                "einer Kinderärztin? Die Beraterin hilft Ihnen weiter und erklärt das "
                "Gesundheitssystem.</p><p>Bringen Sie, wenn vorhanden, das gelbe "
                "Kinderuntersuchungsheft und den Impfpass mit.</p>"
            ),
            "en": (
                "<p>Do you have questions about vaccinations, check-ups or finding a "
                "paediatrician? The adviser helps you and explains the health system.</p><p>If "
                "you have them, please bring your child's yellow check-up booklet and the "
                "vaccination card.</p>"
            ),
            "ar": (
                "<p>هل لديكم أسئلة حول التطعيمات أو الفحوص الوقائية أو البحث عن طبيبة أطفال؟ "
                "تساعدكم المستشارة وتشرح لكم النظام الصحي.</p><p>إن وُجدا، أحضروا كتيّب فحوص "
                "الطفل الأصفر وبطاقة التطعيم.</p>"
            ),
            "uk": (
                "<p>Маєте запитання про щеплення, профілактичні огляди чи пошук дитячого лікаря? "
                "Консультантка допоможе й пояснить систему охорони здоров’я.</p><p>Якщо маєте, "
                "візьміть із собою жовту книжечку оглядів дитини та карту щеплень.</p>"
            ),
        },
    },
    {
        "organisation": "freiwilligen-agentur-kaiserslautern",
        "weekday": "sat",
        "week": 7,
        "start": "09:30",
        "end": "15:30",
        "place": "rathaus-nord",
        "languages": ["de"],
        "target_groups": ["everyone"],
        "themes": ["ehrenamt-beteiligung"],
        "cost": "free",
        "step_free": True,
        "registration": True,
        "capacity": 20,
        "contact": {
            "name": "Jonas Weber",
            "email": "schulung@freiwilligen-agentur-kl.example.org",
            "phone": "0631 555 0165",
        },
        "registrants": "volunteer_training",
        "title": {
            "de": "Schulung für Ehrenamtliche: Geflüchtete im Alltag begleiten",
            "en": "Training for volunteers: supporting refugees in everyday life",
            "ar": "تدريب للمتطوعين: مرافقة اللاجئين في الحياة اليومية",
            "uk": "Навчання для волонтерів: супровід біженців у повсякденному житті",
        },
        "summary": {
            "de": (
                "Ein Samstag für alle, die Geflüchtete zu Ämtern, Ärzten oder Schulen begleiten. "
                "Mit Tipps aus der Praxis und Zeit für Fragen."
            ),
            "en": (
                "A Saturday for everyone who accompanies refugees to public offices, doctors or "
                "schools. With practical tips and time for questions."
            ),
            "ar": (
                "يوم سبت لكل من يرافق اللاجئين إلى الدوائر الرسمية أو الأطباء أو المدارس. مع "
                "نصائح عملية ووقت للأسئلة."
            ),
            "uk": (
                "Субота для всіх, хто супроводжує біженців до установ, лікарів чи шкіл. З "
                "практичними порадами й часом для запитань."
            ),
        },
        "description": {
            "de": (
                "<p>Die Schulung vermittelt Grundwissen zu Aufenthalt, Sozialleistungen und "
                "Beratungsstellen in Kaiserslautern. Sie lernen auch, Ihre eigenen Grenzen zu "
                "achten.</p><p>Die Schulung ist kostenlos, ein Mittagessen ist inbegriffen. Bitte "
                "melden Sie sich an.</p>"
            ),
            "en": (
                "<p>The training covers the basics of residence status, social benefits and "
                "advice services in Kaiserslautern. You also learn to respect your own "
                "limits.</p><p>The training is free and includes lunch. Please register.</p>"
            ),
            "ar": (
                "<p>يقدّم التدريب معرفة أساسية حول الإقامة والمساعدات الاجتماعية ومكاتب الاستشارة "
                "في كايزرسلاوترن. وتتعلّمون أيضًا احترام حدودكم الشخصية.</p><p>التدريب مجاني "
                "ويشمل وجبة غداء. يُرجى التسجيل.</p>"
            ),
            "uk": (
                "<p>Навчання дає базові знання про статус перебування, соціальні виплати та "
                "консультаційні служби в Кайзерслаутерні. Ви також навчитеся зважати на власні "
                "межі.</p><p>Навчання безкоштовне, обід включено. Будь ласка, зареєструйтеся.</p>"
            ),
        },
    },
    {
        "organisation": "beirat-migration-integration",
        "weekday": "thu",
        "week": 9,
        "start": "18:00",
        "end": "20:00",
        "place": "rathaus",
        "languages": ["de", "en", "ar", "tr", "ru"],
        "target_groups": ["everyone"],
        "themes": ["ehrenamt-beteiligung"],
        "cost": "free",
        "step_free": True,
        "hearing_loop": True,
        "title": {
            "de": "Gesprächsabend: Fragen an die Ausländerbehörde",
            "en": "Evening talk: questions for the foreigners' office",
            "ar": "أمسية حوار: أسئلة إلى دائرة الأجانب",
            "uk": "Вечір розмови: запитання до відомства у справах іноземців",
        },
        "summary": {
            "de": (
                "Der Beirat für Migration und Integration lädt Mitarbeitende der Ausländerbehörde "
                "zum offenen Gespräch ein. Stellen Sie Ihre Fragen zu Terminen, Aufenthalt und "
                "Arbeitserlaubnis."
            ),
            "en": (
                "The Council for Migration and Integration invites staff of the foreigners' "
                "office to an open talk. Ask your questions about appointments, residence and "
                "work permits."
            ),
            "ar": (
                "يدعو مجلس الهجرة والاندماج موظفين من دائرة الأجانب إلى حوار مفتوح. اطرحوا "
                "أسئلتكم حول المواعيد والإقامة وتصاريح العمل."
            ),
            "uk": (
                "Рада з питань міграції та інтеграції запрошує працівників відомства у справах "
                "іноземців до відкритої розмови. Ставте запитання про записи на прийом, "
                "перебування та дозвіл на роботу."
            ),
        },
        "description": {
            "de": (
                "<p>Lange Wartezeiten, unklare Briefe, fehlende Unterlagen: Viele Menschen haben "
                "Fragen an die Ausländerbehörde. An diesem Abend erklären Mitarbeitende des "
                "Referats Migration und Fachkräfteeinwanderung, wie die Abläufe sind.</p><p>Über "
                "Einzelfälle wird an diesem Abend nicht entschieden, aber Sie bekommen Hinweise, "
                "wie es weitergeht. Es wird ins Englische, Arabische, Türkische und Russische "
                "gedolmetscht.</p>"
            ),
            "en": (
                "<p>Long waiting times, unclear letters, missing documents: many people have "
                "questions for the foreigners' office. On this evening, staff of the Department "
                "for Migration and Skilled Immigration explain how the procedures work.</p><p>No "
                "individual cases are decided on this evening, but you get advice on the next "
                "steps. Interpreting into English, Arabic, Turkish and Russian is provided.</p>"
            ),
            "ar": (
                "<p>أوقات انتظار طويلة، ورسائل غير واضحة، ووثائق ناقصة: لدى كثير من الناس أسئلة "
                "إلى دائرة الأجانب. في هذه الأمسية يشرح موظفون من قسم الهجرة وهجرة العمالة "
                "الماهرة كيف تسير الإجراءات.</p><p>لا يُبتّ في حالات فردية في هذه الأمسية، لكنكم "
                "تحصلون على إرشادات حول الخطوات التالية. تتوفّر ترجمة فورية إلى الإنجليزية "
                "والعربية والتركية والروسية.</p>"
            ),
            "uk": (
                "<p>Довге очікування, незрозумілі листи, відсутні документи: у багатьох людей є "
                "запитання до відомства у справах іноземців. Цього вечора працівники відділу "
                "міграції та імміграції фахівців пояснюють, як відбуваються "
                "процедури.</p><p>Окремі випадки цього вечора не вирішуються, але ви отримаєте "
                "поради щодо подальших кроків. Забезпечено усний переклад англійською, арабською, "
                "турецькою та російською.</p>"
            ),
        },
    },
    {
        "organisation": "ukrainischer-verein-mrija",
        "weekday": "fri",
        "week": 4,
        "start": "17:00",
        "end": "19:00",
        "place": "mrija",
        "languages": ["uk", "de", "ru"],
        "target_groups": ["refugees", "skilled_workers"],
        "themes": ["bildung-arbeit"],
        "cost": "free",
        "step_free": False,
        "title": {
            "de": "Infoabend auf Ukrainisch: Arbeit und Ausbildung in Deutschland",
            "en": "Information evening in Ukrainian: work and training in Germany",
            "ar": "أمسية معلومات باللغة الأوكرانية: العمل والتدريب المهني في ألمانيا",
            "uk": "Інформаційний вечір українською: робота й професійне навчання в Німеччині",
        },
        "summary": {
            "de": (
                "Der Verein Mrija und das Jobcenter erklären auf Ukrainisch, wie Sie in "
                "Deutschland Arbeit oder eine Ausbildung finden."
            ),
            "en": (
                "The Mrija association and the job centre explain in Ukrainian how to find work "
                "or an apprenticeship in Germany."
            ),
            "ar": (
                "تشرح جمعية «مريا» ومركز العمل (Jobcenter) باللغة الأوكرانية كيف تجدون عملًا أو "
                "تدريبًا مهنيًا في ألمانيا."
            ),
            "uk": (
                "Об’єднання «Мрія» та джобцентр українською пояснюють, як знайти в Німеччині "
                "роботу або місце для професійного навчання."
            ),
        },
        "description": {
            "de": (
                "<p>Welche Sprachkurse brauche ich für meinen Beruf? Wie lasse ich mein Diplom "
                "anerkennen? Was passiert mit dem Bürgergeld, wenn ich arbeite? Eine Beraterin "
                "des Jobcenters beantwortet diese Fragen, eine Dolmetscherin übersetzt.</p><p>Der "
                "Abend ist kostenlos. Kinder können mitkommen, es gibt eine Spielecke.</p>"
            ),
            "en": (
                "<p>Which language courses do I need for my profession? How do I get my degree "
                "recognised? What happens to citizen's income when I work? An adviser from the "
                "job centre answers these questions, and an interpreter translates.</p><p>The "
                "evening is free. Children are welcome; there is a play corner.</p>"
            ),
            "ar": (
                "<p>ما دورات اللغة التي أحتاجها لمهنتي؟ كيف أحصل على الاعتراف بشهادتي الجامعية؟ "
                "ماذا يحدث لإعانة المواطن (Bürgergeld) عندما أعمل؟ تجيب مستشارة من مركز العمل عن "
                "هذه الأسئلة، وتترجم مترجمة.</p><p>الأمسية مجانية. يمكن إحضار الأطفال، فهناك ركن "
                "للعب.</p>"
            ),
            "uk": (
                "<p>Які мовні курси потрібні для моєї професії? Як визнати мій диплом? Що буде з "
                "Bürgergeld, коли я працюватиму? Консультантка джобцентру відповідає на ці "
                "запитання, перекладачка перекладає.</p><p>Вечір безкоштовний. Можна прийти з "
                "дітьми, є ігровий куточок.</p>"
            ),
        },
    },
    {
        "organisation": "abz-migrationsberatung",
        "weekday": "sat",
        "week": 5,
        "start": "10:00",
        "end": "13:00",
        "place": "abz",
        "languages": ["de", "en", "ar"],
        "target_groups": ["skilled_workers", "refugees"],
        "themes": ["bildung-arbeit"],
        "cost": "free",
        "step_free": True,
        "offer": "kl-abz-bewerbungswerkstatt",
        "title": {
            "de": "Bewerbungswerkstatt am Samstag",
            "en": "Saturday job application workshop",
            "ar": "ورشة طلبات العمل يوم السبت",
            "uk": "Майстерня резюме в суботу",
        },
        "summary": {
            "de": (
                "Sie schreiben Ihren Lebenslauf und Ihr Anschreiben mit Unterstützung. Computer "
                "und Drucker sind vorhanden."
            ),
            "en": (
                "You write your CV and cover letter with support. Computers and a printer are "
                "available."
            ),
            "ar": "تكتبون سيرتكم الذاتية ورسالة التقديم بمساعدة. تتوفّر حواسيب وطابعة.",
            "uk": "Ви пишете резюме та супровідний лист за підтримки. Є комп’ютери та принтер.",
        },
        "description": {
            "de": (
                "<p>In der Bewerbungswerkstatt des ABZ arbeiten Sie an Ihren eigenen Unterlagen. "
                "Ehrenamtliche helfen beim Formulieren und erklären, worauf Arbeitgeber in "
                "Deutschland achten.</p><p>Bringen Sie Zeugnisse und, wenn vorhanden, eine "
                "Stellenanzeige mit. Die Teilnahme ist kostenlos und ohne Anmeldung.</p>"
            ),
            "en": (
                "<p>At the ABZ application workshop you work on your own documents. Volunteers "
                "help with wording and explain what employers in Germany look for.</p><p>Bring "
                "your certificates and, if you have one, a job advertisement. Taking part is free "
                "and needs no registration.</p>"
            ),
            "ar": (
                "<p>في ورشة طلبات العمل في مركز ABZ تعملون على وثائقكم الخاصة. يساعد متطوعون في "
                "الصياغة ويشرحون ما يهتم به أصحاب العمل في ألمانيا.</p><p>أحضروا شهاداتكم، وإن "
                "وُجد، إعلان وظيفة. المشاركة مجانية وبدون تسجيل.</p>"
            ),
            "uk": (
                "<p>У майстерні ABZ ви працюєте над власними документами. Волонтери допомагають з "
                "формулюваннями й пояснюють, на що звертають увагу роботодавці в "
                "Німеччині.</p><p>Візьміть із собою свідоцтва і, якщо є, оголошення про вакансію. "
                "Участь безкоштовна й без реєстрації.</p>"
            ),
        },
    },
    {
        "organisation": "tus-kotten",
        "weekday": "sun",
        "week": 6,
        "start": "10:00",
        "end": "14:00",
        "place": "tus-kotten",
        "languages": ["de", "en"],
        "target_groups": ["families"],
        "themes": ["begegnung-antirassismus"],
        "cost": "free",
        "step_free": True,
        "offer": "kl-b-tus-kotten-offenes-training",
        "title": {
            "de": "Familiensporttag: Bewegung für Groß und Klein",
            "en": "Family sports day: exercise for young and old",
            "ar": "يوم رياضي للعائلات: حركة للكبار والصغار",
            "uk": "Сімейний день спорту: рух для дорослих і малих",
        },
        "summary": {
            "de": (
                "Eltern und Kinder probieren zusammen Fußball, Turnen und Tanz aus. Trainerinnen "
                "und Trainer des TuS Kotten zeigen, wie es geht."
            ),
            "en": (
                "Parents and children try football, gymnastics and dance together. Coaches from "
                "TuS Kotten show how it works."
            ),
            "ar": (
                "يجرّب الآباء والأطفال معًا كرة القدم والجمباز والرقص. يُري مدرّبو ومدرّبات نادي "
                "TuS Kotten كيف يتم ذلك."
            ),
            "uk": (
                "Батьки й діти разом пробують футбол, гімнастику й танці. Тренери TuS Kotten "
                "показують, як це робити."
            ),
        },
        "description": {
            "de": (
                "<p>Beim Familiensporttag gibt es Stationen für jedes Alter. Sie lernen die "
                "Gruppen des Vereins kennen und erfahren, wie Ihre Kinder kostenlos mittrainieren "
                "können.</p><p>Bitte bringen Sie Sportkleidung und Hallenschuhe mit. Eine "
                "Anmeldung ist nicht nötig.</p>"
            ),
            "en": (
                "<p>At the family sports day there are stations for every age. You get to know "
                "the club's groups and find out how your children can join training for "
                "free.</p><p>Please bring sportswear and indoor shoes. No registration "
                "needed.</p>"
            ),
            "ar": (
                "<p>في اليوم الرياضي للعائلات محطات لكل الأعمار. تتعرّفون على مجموعات النادي "
                "وتعرفون كيف يمكن لأطفالكم التدرّب معها مجانًا.</p><p>يُرجى إحضار ملابس رياضية "
                "وأحذية للصالة. لا حاجة إلى التسجيل.</p>"
            ),
            "uk": (
                "<p>На сімейному дні спорту є станції для будь-якого віку. Ви познайомитеся з "
                "групами клубу й дізнаєтеся, як ваші діти можуть тренуватися "
                "безкоштовно.</p><p>Будь ласка, візьміть спортивний одяг і змінне взуття для "
                "зали. Реєстрація не потрібна.</p>"
            ),
        },
    },
]

REGISTRANTS: dict[str, list[dict[str, Any]]] = {
    "staff_training": [
        {
            "name": "Anna Schneider",
            "email": "anna.schneider@kaiserslautern.example.org",
            "language": "de",
            "answers": {"q1": "Bürgercenter"},
        },
        {
            "name": "Murat Kaya",
            "email": "murat.kaya@kaiserslautern.example.org",
            "language": "de",
            "answers": {"q1": "Referat Migration und Fachkräfteeinwanderung"},
        },
        {
            "name": "Julia Hartmann",
            "email": "julia.hartmann@kaiserslautern.example.org",
            "language": "de",
            "answers": {"q1": "Referat Jugend und Sport"},
        },
        {
            "name": "Stefan Wagner",
            "email": "stefan.wagner@kaiserslautern.example.org",
            "language": "de",
            "answers": {"q1": "Referat Soziales"},
        },
        {
            "name": "Elena Morozova",
            "email": "elena.morozova@kaiserslautern.example.org",
            "language": "de",
            "answers": {"q1": "Bürgercenter"},
        },
        {
            "name": "Tobias Klein",
            "email": "tobias.klein@kaiserslautern.example.org",
            "language": "de",
            "answers": {"q1": "Referat Stadtentwicklung"},
        },
        {
            "name": "Fatma Demir",
            "email": "fatma.demir@kaiserslautern.example.org",
            "language": "de",
            "answers": {"q1": "Referat Schulen"},
        },
        {
            "name": "Sabine Koch",
            "email": "sabine.koch@kaiserslautern.example.org",
            "language": "de",
            "answers": {"q1": "Stadtbibliothek"},
        },
        {
            "name": "Daniel Richter",
            "email": "daniel.richter@kaiserslautern.example.org",
            "language": "de",
            "answers": {"q1": "Referat Migration und Fachkräfteeinwanderung"},
        },
        {
            "name": "Laura Fischer",
            "email": "laura.fischer@kaiserslautern.example.org",
            "language": "de",
            "answers": {"q1": "Referat Jugend und Sport"},
        },
        {
            "name": "Michael Braun",
            "email": "michael.braun@kaiserslautern.example.org",
            "language": "de",
            "answers": {"q1": "Referat Soziales"},
        },
        {
            "name": "Nina Hofmann",
            "email": "nina.hofmann@kaiserslautern.example.org",
            "language": "de",
            "answers": {"q1": "Standesamt"},
        },
        {
            "name": "Kevin Schulz",
            "email": "kevin.schulz@kaiserslautern.example.org",
            "language": "de",
            "answers": {"q1": "Bürgercenter"},
        },
        {
            "name": "Maria Santos",
            "email": "maria.santos@kaiserslautern.example.org",
            "language": "de",
            "answers": {"q1": "Referat Soziales"},
        },
        {
            "name": "Andreas Wolf",
            "email": "andreas.wolf@kaiserslautern.example.org",
            "language": "de",
            "answers": {"q1": "Referat Umweltschutz"},
        },
        {
            "name": "Petra Zimmermann",
            "email": "petra.zimmermann@kaiserslautern.example.org",
            "language": "de",
            "answers": {"q1": "Referat Personal"},
        },
        {
            "name": "Lukas Becker",
            "email": "lukas.becker@kaiserslautern.example.org",
            "language": "de",
            "answers": {"q1": "Referat Soziales"},
        },
        {
            "name": "Hanna Krüger",
            "email": "hanna.krueger@kaiserslautern.example.org",
            "language": "de",
            "answers": {"q1": "Referat Schulen"},
        },
    ],
    "business_seminar": [
        {
            "name": "Thomas Engel",
            "email": "t.engel@engel-metallbau.example.org",
            "language": "de",
            "answers": {"q1": "Engel Metallbau GmbH"},
        },
        {
            "name": "Sandra Lorenz",
            "email": "personal@pfalz-logistik.example.org",
            "language": "de",
            "answers": {"q1": "Pfalz Logistik GmbH"},
        },
        {
            "name": "Hakan Öztürk",
            "email": "info@oeztuerk-haustechnik.example.org",
            "language": "de",
            "answers": {"q1": "Öztürk Haustechnik"},
        },
        {
            "name": "Birgit Sommer",
            "email": "b.sommer@pflegedienst-lautertal.example.org",
            "language": "de",
            "answers": {"q1": "Pflegedienst Lautertal"},
        },
        {
            "name": "Marco Rossi",
            "email": "marco@rossi-gastronomie.example.org",
            "language": "de",
            "answers": {"q1": "Rossi Gastronomie"},
        },
        {
            "name": "Christine Vogel",
            "email": "c.vogel@vogel-elektro.example.org",
            "language": "en",
            "answers": {"q1": "Vogel Elektrotechnik KG"},
        },
    ],
    "volunteer_training": [
        {
            "name": "Gisela Hahn",
            "email": "gisela.hahn@example.org",
            "language": "de",
            "answers": {},
        },
        {
            "name": "Samir Nasser",
            "email": "samir.nasser@example.org",
            "language": "ar",
            "answers": {},
        },
        {
            "name": "Katharina Roth",
            "email": "katharina.roth@example.org",
            "language": "de",
            "answers": {},
        },
        {
            "name": "Viktoria Melnyk",
            "email": "viktoria.melnyk@example.org",
            "language": "uk",
            "answers": {},
        },
    ],
    "antiracism": [
        {
            "name": "Leonie Maier",
            "email": "leonie.maier@example.org",
            "language": "de",
            "answers": {},
        },
        {
            "name": "Yara Haddad",
            "email": "yara.haddad@example.org",
            "language": "de",
            "answers": {},
        },
        {
            "name": "Jan Kowalski",
            "email": "jan.kowalski@example.org",
            "language": "en",
            "answers": {},
        },
    ],
    "cooking": [
        {
            "name": "Monika Schäfer",
            "email": "monika.schaefer@example.org",
            "language": "de",
            "answers": {"q1": "Nüsse"},
        },
        {
            "name": "Peter Lang",
            "email": "peter.lang@example.org",
            "language": "de",
            "answers": {},
        },
        {
            "name": "Olha Shevchenko",
            "email": "olha.shevchenko@example.org",
            "language": "uk",
            "answers": {},
        },
        {
            "name": "Emily Carter",
            "email": "emily.carter@example.org",
            "language": "en",
            "answers": {"q1": "vegetarian"},
        },
        {
            "name": "Hassan Barakat",
            "email": "hassan.barakat@example.org",
            "language": "ar",
            "answers": {},
        },
    ],
    "application_day": [
        {
            "name": "Ahmad Rahimi",
            "email": "ahmad.rahimi@example.org",
            "language": "fa",
            "answers": {},
        },
        {
            "name": "Iryna Bondarenko",
            "email": "iryna.bondarenko@example.org",
            "language": "uk",
            "answers": {},
        },
    ],
}

INVITEES: dict[str, list[dict[str, Any]]] = {
    "ceremony": [
        {
            "name": "Amina Haddad",
            "email": "amina.haddad@example.org",
            "language": "ar",
            "guests_allowed": 3,
            "answer": "yes",
            "guests": 2,
        },
        {
            "name": "Oleksandr Kovalenko",
            "email": "oleksandr.kovalenko@example.org",
            "language": "uk",
            "guests_allowed": 2,
            "answer": "yes",
            "guests": 1,
        },
        {
            "name": "Mehmet Yılmaz",
            "email": "mehmet.yilmaz@example.org",
            "language": "tr",
            "guests_allowed": 3,
            "answer": "yes",
            "guests": 3,
        },
        {
            "name": "Ioana Popescu",
            "email": "ioana.popescu@example.org",
            "language": "ro",
            "guests_allowed": 2,
            "answer": "yes",
            "guests": 0,
        },
        {
            "name": "Sarah Johnson",
            "email": "sarah.johnson@example.org",
            "language": "en",
            "guests_allowed": 2,
            "answer": "no",
            "guests": 0,
        },
        {
            "name": "Tesfay Gebremariam",
            "email": "tesfay.gebremariam@example.org",
            "language": "ti",
            "guests_allowed": 2,
            "answer": "no",
            "guests": 0,
        },
        {
            "name": "Reza Ahmadi",
            "email": "reza.ahmadi@example.org",
            "language": "fa",
            "guests_allowed": 2,
            "answer": None,
            "guests": 0,
        },
        {
            "name": "Agnieszka Nowak",
            "email": "agnieszka.nowak@example.org",
            "language": "pl",
            "guests_allowed": 1,
            "answer": None,
            "guests": 0,
        },
    ],
}
