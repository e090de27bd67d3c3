"""Demo data of the Intercultural Week (Interkulturelle Woche) in Kaiserslautern: places,
the programme's texts and its events. Pure data, loaded by ankunft/demo/events.py.

A programme event's "day" counts from the programme's first day (the Saturday of the Market of
Encounter). Places are keys of PLACES; organisations, themes and offers are the demo's slugs,
keys and external ids. Texts in de, en, ar and uk; all people and addresses are fictional."""

from __future__ import annotations

from typing import Any

PLACES: dict[str, dict[str, str]] = {
    "schillerplatz": {
        "name": "Schillerplatz",
        "street": "Schillerplatz",
        "postcode": "67655",
        "district": "innenstadt-ost",
        "latitude": "49.4433",
        "longitude": "7.7663",
    },
    "stiftsplatz": {
        "name": "Stiftsplatz",
        "street": "Stiftsplatz",
        "postcode": "67655",
        "district": "innenstadt-ost",
        "latitude": "49.4446",
        "longitude": "7.7697",
    },
    "union-studio": {
        "name": "Union-Studio für Filmkunst",
        "street": "Kerststraße 24",
        "postcode": "67655",
        "district": "innenstadt-ost",
        "latitude": "49.4429",
        "longitude": "7.7652",
    },
    "fruchthalle": {
        "name": "Fruchthalle",
        "street": "Fruchthallstraße 10",
        "postcode": "67655",
        "district": "innenstadt-ost",
        "latitude": "49.4432",
        "longitude": "7.7695",
    },
    "rathaus": {
        "name": "Rathaus Kaiserslautern",
        "street": "Willy-Brandt-Platz 1",
        "postcode": "67657",
        "district": "innenstadt-ost",
        "latitude": "49.4439",
        "longitude": "7.7716",
    },
    "vielfalter": {
        "name": "Vielfalter KL – Treffpunkt Marktstraße",
        "street": "Marktstraße 38",
        "postcode": "67655",
        "district": "innenstadt-ost",
        "latitude": "49.4437",
        "longitude": "7.7684",
    },
    "stiftskirche-gemeindehaus": {
        "name": "Gemeindehaus an der Stiftskirche",
        "street": "Stiftsplatz 5",
        "postcode": "67655",
        "district": "innenstadt-ost",
        "latitude": "49.4442",
        "longitude": "7.769",
    },
    "forum-dialog": {
        "name": "Forum interreligiöser Dialog",
        "street": "Logenstraße 10",
        "postcode": "67655",
        "district": "innenstadt-ost",
        "latitude": "49.4419",
        "longitude": "7.7672",
    },
    "campus-kammgarn": {
        "name": "Hochschule Kaiserslautern, Campus Kammgarn",
        "street": "Schoenstraße 13",
        "postcode": "67659",
        "district": "innenstadt-nord-kaiserberg",
        "latitude": "49.4493",
        "longitude": "7.7627",
    },
    "lernzentrum": {
        "name": "Lernzentrum Kaiserslautern",
        "street": "Fackelstraße 14",
        "postcode": "67655",
        "district": "innenstadt-ost",
        "latitude": "49.4452",
        "longitude": "7.7664",
    },
    "ihk": {
        "name": "IHK Pfalz – Geschäftsstelle Kaiserslautern",
        "street": "Europaallee 18",
        "postcode": "67657",
        "district": "innenstadt-nord-kaiserberg",
        "latitude": "49.4512",
        "longitude": "7.7829",
    },
    "stadtteilbuero-gruebentaelchen": {
        "name": "Stadtteilbüro Grübentälchen",
        "street": "Am Harzhübel 10",
        "postcode": "67657",
        "district": "gruebentaelchen-volkspark",
        "latitude": "49.4391",
        "longitude": "7.7893",
    },
    "bau-ag": {
        "name": "Bau AG Kundencenter",
        "street": "Fischerstraße 27",
        "postcode": "67655",
        "district": "innenstadt-suedwest",
        "latitude": "49.4395",
        "longitude": "7.7598",
    },
    "stadtteilbuero-west": {
        "name": "Stadtteilbüro Kaiserslautern-West",
        "street": "Slevogtstraße 48",
        "postcode": "67663",
        "district": "kaiserslautern-west",
        "latitude": "49.4401",
        "longitude": "7.7312",
    },
    "drk-haus": {
        "name": "DRK-Haus Kaiserslautern",
        "street": "Augustastraße 12",
        "postcode": "67655",
        "district": "innenstadt-suedwest",
        "latitude": "49.4385",
        "longitude": "7.7648",
    },
    "al-dschisr": {
        "name": "Kulturverein Al-Dschisr",
        "street": "Eisenbahnstraße 54",
        "postcode": "67655",
        "district": "innenstadt-suedwest",
        "latitude": "49.4378",
        "longitude": "7.7665",
    },
    "gasthaus-linde": {
        "name": "Gasthaus Zur Linde",
        "street": "Kaiserstraße 58",
        "postcode": "67661",
        "district": "einsiedlerhof",
        "latitude": "49.4418",
        "longitude": "7.664",
    },
    "rathaus-nord": {
        "name": "Freiwilligen Agentur im Rathaus Nord",
        "street": "Benzinoring 1",
        "postcode": "67657",
        "district": "innenstadt-nord-kaiserberg",
        "latitude": "49.4529",
        "longitude": "7.7668",
    },
    "st-martin": {
        "name": "Pfarrzentrum St. Martin",
        "street": "Martinsplatz 6",
        "postcode": "67657",
        "district": "innenstadt-ost",
        "latitude": "49.4446",
        "longitude": "7.7679",
    },
    "jobcenter": {
        "name": "Jobcenter Kaiserslautern – Integration Point",
        "street": "Mannheimer Straße 48",
        "postcode": "67657",
        "district": "innenstadt-nord-kaiserberg",
        "latitude": "49.4524",
        "longitude": "7.7758",
    },
    "tus-kotten": {
        "name": "Sportgelände TuS Kotten",
        "street": "Königstraße 112",
        "postcode": "67655",
        "district": "innenstadt-west-kotten",
        "latitude": "49.445",
        "longitude": "7.752",
    },
    "handwerkskammer": {
        "name": "Handwerkskammer der Pfalz",
        "street": "Am Altenhof 17",
        "postcode": "67655",
        "district": "innenstadt-ost",
        "latitude": "49.4431",
        "longitude": "7.7659",
    },
    "mrija": {
        "name": "Vereinsräume Mrija",
        "street": "Donnersbergstraße 27",
        "postcode": "67657",
        "district": "innenstadt-nord-kaiserberg",
        "latitude": "49.4521",
        "longitude": "7.7702",
    },
    "moschee-west": {
        "name": "Islamischer Kultur- und Moscheeverein Kaiserslautern-West",
        "street": "Slevogtstraße 30",
        "postcode": "67663",
        "district": "kaiserslautern-west",
        "latitude": "49.4411",
        "longitude": "7.7321",
    },
    "drk-familienzentrum": {
        "name": "DRK-Familienzentrum Bännjerrück",
        "street": "Bännjerstraße 26",
        "postcode": "67663",
        "district": "baennjerrueck-karl-pfaff-siedlung",
        "latitude": "49.4338",
        "longitude": "7.7428",
    },
    "volkshochschule": {
        "name": "Volkshochschule Kaiserslautern",
        "street": "Kanalstraße 5",
        "postcode": "67655",
        "district": "innenstadt-ost",
        "latitude": "49.4436",
        "longitude": "7.7701",
    },
    "jugendmigrationsdienst": {
        "name": "Jugendmigrationsdienst im Internationalen Bund",
        "street": "Pariser Straße 21",
        "postcode": "67655",
        "district": "innenstadt-west-kotten",
        "latitude": "49.4446",
        "longitude": "7.7569",
    },
    "stadtteilbuero-west-slevogt12": {
        "name": "Stadtteilbüro Kaiserslautern-West",
        "street": "Slevogtstraße 12",
        "postcode": "67663",
        "district": "kaiserslautern-west",
        "latitude": "49.4418",
        "longitude": "7.7335",
    },
    "abz": {
        "name": "ABZ Kaiserslautern",
        "street": "Pirmasenser Straße 43",
        "postcode": "67655",
        "district": "innenstadt-suedwest",
        "latitude": "49.4374",
        "longitude": "7.7624",
    },
}

MOTTOS: dict[int, dict[str, str]] = {
    2025: {
        "de": "„Dafür!“",
        "en": "“Dafür!” (“For it!”)",
        "ar": "«Dafür!» («نعم لذلك!»)",
        "uk": "«Dafür!» («За!»)",
    },
    2026: {
        "de": "„Dafür!“",
        "en": "“Dafür!” (“For it!”)",
        "ar": "«Dafür!» («نعم لذلك!»)",
        "uk": "«Dafür!» («За!»)",
    },
}

PROGRAMME: dict[str, dict[str, str]] = {
    "title": {
        "de": "Interkulturelle Woche {year}",
        "en": "Intercultural Week {year}",
        "ar": "الأسبوع بين الثقافات {year}",
        "uk": "Міжкультурний тиждень {year}",
    },
    "description": {
        "de": (
            "<p>Jedes Jahr Ende September feiern Menschen in ganz Deutschland die Interkulturelle "
            "Woche. In Kaiserslautern gestalten die Stadt, das Netzwerk Migration und Integration "
            "und der Beirat für Migration und Integration das Programm gemeinsam mit vielen "
            "Vereinen, Kirchen und Einrichtungen.</p><p>Den Auftakt macht am Samstag der Markt "
            "der Begegnung auf dem Schillerplatz. Danach gibt es eine Woche lang Feste, "
            "Gespräche, Workshops, Musik und Sport in vielen Stadtteilen. Die meisten "
            "Veranstaltungen sind kostenlos.</p>"
        ),
        "en": (
            "<p>Every year at the end of September, people all over Germany celebrate the "
            "Intercultural Week. In Kaiserslautern the city, the Migration and Integration "
            "Network and the Council for Migration and Integration put the programme together "
            "with many clubs, churches and institutions.</p><p>It opens on Saturday with the "
            "Market of Encounter on Schillerplatz. Then, for a whole week, there are "
            "celebrations, talks, workshops, music and sport in many parts of the city. Most "
            "events are free of charge.</p>"
        ),
        "ar": (
            "<p>في نهاية شهر سبتمبر/أيلول من كل عام يحتفل الناس في جميع أنحاء ألمانيا بالأسبوع "
            "بين الثقافات. في كايزرسلاوترن تُعِدّ المدينة وشبكة الهجرة والاندماج ومجلس الهجرة "
            "والاندماج البرنامج بالتعاون مع كثير من الجمعيات والكنائس والمؤسسات.</p><p>يبدأ "
            "الأسبوع يوم السبت بـ«سوق اللقاء» في ساحة شيلر (Schillerplatz). بعد ذلك تُقام طوال "
            "أسبوع كامل احتفالات وحوارات وورش عمل وموسيقى ورياضة في أحياء كثيرة من المدينة. معظم "
            "الفعاليات مجانية.</p>"
        ),
        "uk": (
            "<p>Щороку наприкінці вересня люди по всій Німеччині святкують Міжкультурний тиждень. "
            "У Кайзерслаутерні програму разом готують місто, мережа «Міграція та інтеграція» і "
            "Рада з питань міграції та інтеграції, а також багато об’єднань, церков і "
            "установ.</p><p>Тиждень відкривається в суботу «Ринком зустрічей» на площі Шиллерплац "
            "(Schillerplatz). Потім цілий тиждень у багатьох районах міста відбуваються свята, "
            "розмови, майстер-класи, музика та спорт. Більшість заходів безкоштовні.</p>"
        ),
    },
}

PROGRAMME_EVENTS: list[dict[str, Any]] = [
    {
        "organisation": "caritas-zentrum-kaiserslautern",
        "day": 0,
        "start": "10:00",
        "end": "14:00",
        "place": "schillerplatz",
        "languages": ["de", "en", "ar", "uk", "tr", "ru", "fa"],
        "target_groups": ["everyone", "families"],
        "themes": ["begegnung-antirassismus", "ehrenamt-beteiligung"],
        "cost": "free",
        "step_free": True,
        "contact": {
            "name": "Netzwerk Migration und Integration",
            "email": "netzwerk@caritas-kl.example.org",
            "phone": "0631 555 0160",
        },
        "title": {
            "de": "Markt der Begegnung: Auftakt der Interkulturellen Woche",
            "en": "Market of Encounter: opening of the Intercultural Week",
            "ar": "سوق اللقاء: افتتاح الأسبوع بين الثقافات",
            "uk": "Ринок зустрічей: відкриття Міжкультурного тижня",
        },
        "summary": {
            "de": (
                "Rund 20 Vereine und Einrichtungen stellen sich an Ständen vor. Auf der Bühne "
                "gibt es Tänze, Lieder und Musik aus vielen Ländern."
            ),
            "en": (
                "About 20 clubs and organisations present their work at stands. On the stage "
                "there are dances, songs and music from many countries."
            ),
            "ar": (
                "تعرّف نحو 20 جمعية ومؤسسة بنفسها في أكشاك. وعلى المسرح رقصات وأغانٍ وموسيقى من "
                "بلدان كثيرة."
            ),
            "uk": (
                "Близько 20 об’єднань і установ представляють себе на стендах. На сцені — танці, "
                "пісні та музика з багатьох країн."
            ),
        },
        "description": {
            "de": (
                "<p>Mit dem Markt der Begegnung beginnt die Interkulturelle Woche in "
                "Kaiserslautern. Um 11 Uhr eröffnet die Oberbürgermeisterin den Markt.</p><p>An "
                "den Ständen bekommen Sie Informationen zu Beratung, Sprachkursen, Sport und "
                "Ehrenamt. Sie können Spezialitäten probieren und mit Menschen aus vielen Ländern "
                "ins Gespräch kommen. Der Eintritt ist frei.</p>"
            ),
            "en": (
                "<p>The Market of Encounter opens the Intercultural Week in Kaiserslautern. The "
                "Lord Mayor opens the market at 11 am.</p><p>At the stands you get information "
                "about advice services, language courses, sport and volunteering. You can taste "
                "specialities and talk with people from many countries. Admission is free.</p>"
            ),
            "ar": (
                "<p>يبدأ الأسبوع بين الثقافات في كايزرسلاوترن بسوق اللقاء. في الساعة 11 تفتتح "
                "عمدة المدينة السوق.</p><p>في الأكشاك تحصلون على معلومات عن الاستشارات ودورات "
                "اللغة والرياضة والعمل التطوعي. يمكنكم تذوّق أطباق مميزة والتحدث مع أشخاص من "
                "بلدان كثيرة. الدخول مجاني.</p>"
            ),
            "uk": (
                "<p>Ринок зустрічей відкриває Міжкультурний тиждень у Кайзерслаутерні. Об 11:00 "
                "ринок відкриває обер-бургомістерка міста.</p><p>На стендах ви отримаєте "
                "інформацію про консультації, мовні курси, спорт і волонтерство. Можна скуштувати "
                "страви різних кухонь і поспілкуватися з людьми з багатьох країн. Вхід "
                "вільний.</p>"
            ),
        },
    },
    {
        "organisation": "drk-kreisverband-kaiserslautern",
        "day": 0,
        "start": "15:00",
        "end": "18:00",
        "place": "drk-familienzentrum",
        "languages": ["de", "ar", "uk", "ru"],
        "target_groups": ["families"],
        "themes": ["begegnung-antirassismus"],
        "cost": "free",
        "step_free": True,
        "title": {
            "de": "Kinderfest: Spiele aus aller Welt",
            "en": "Children's party: games from around the world",
            "ar": "حفلة للأطفال: ألعاب من كل أنحاء العالم",
            "uk": "Дитяче свято: ігри з усього світу",
        },
        "summary": {
            "de": (
                "Kinder spielen Spiele aus vielen Ländern, basteln und lassen sich schminken. "
                "Eltern treffen sich bei Kaffee und Saft."
            ),
            "en": (
                "Children play games from many countries, do crafts and get their faces painted. "
                "Parents meet over coffee and juice."
            ),
            "ar": (
                "يلعب الأطفال ألعابًا من بلدان كثيرة، ويصنعون أشغالًا يدوية ويرسمون على وجوههم. "
                "ويلتقي الأهل على القهوة والعصير."
            ),
            "uk": (
                "Діти грають в ігри з різних країн, майструють і розмальовують обличчя. Батьки "
                "спілкуються за кавою та соком."
            ),
        },
        "description": {
            "de": (
                "<p>Das DRK-Familienzentrum lädt Familien aus allen Stadtteilen ein. Kinder "
                "lernen Spiele aus Syrien, der Ukraine, der Türkei und Deutschland "
                "kennen.</p><p>Für Eltern gibt es Kaffee, Saft und Kuchen. Die Teilnahme ist "
                "kostenlos, eine Anmeldung ist nicht nötig.</p>"
            ),
            "en": (
                "<p>The Red Cross family centre invites families from all parts of the city. "
                "Children get to know games from Syria, Ukraine, Turkey and Germany.</p><p>There "
                "is coffee, juice and cake for parents. Taking part is free, and you do not need "
                "to register.</p>"
            ),
            "ar": (
                "<p>يدعو مركز العائلة التابع للصليب الأحمر الألماني العائلات من جميع أحياء "
                "المدينة. يتعرّف الأطفال على ألعاب من سوريا وأوكرانيا وتركيا "
                "وألمانيا.</p><p>للأهل قهوة وعصير وكعك. المشاركة مجانية ولا حاجة إلى التسجيل.</p>"
            ),
            "uk": (
                "<p>Сімейний центр Червоного Хреста запрошує родини з усіх районів міста. Діти "
                "знайомляться з іграми із Сирії, України, Туреччини та Німеччини.</p><p>Для "
                "батьків — кава, сік і пиріг. Участь безкоштовна, реєстрація не потрібна.</p>"
            ),
        },
    },
    {
        "organisation": "vielfalter-kl",
        "day": 1,
        "start": "11:00",
        "end": "14:00",
        "place": "vielfalter",
        "languages": ["de", "en", "ar", "fa", "tr"],
        "target_groups": ["everyone"],
        "themes": ["begegnung-antirassismus"],
        "cost": "free",
        "step_free": True,
        "title": {
            "de": "Interkultureller Brunch bei Vielfalter",
            "en": "Intercultural brunch at Vielfalter",
            "ar": "فطور متأخر بين الثقافات لدى Vielfalter",
            "uk": "Міжкультурний бранч у Vielfalter",
        },
        "summary": {
            "de": (
                "Alle bringen etwas zu essen mit, und wir frühstücken zusammen: ein Buffet mit "
                "Köstlichkeiten aus vielen Ländern."
            ),
            "en": (
                "Everyone brings something to eat and we have breakfast together: a buffet with "
                "delicacies from many countries."
            ),
            "ar": (
                "يحضر كل شخص شيئًا من الطعام ونتناول الفطور معًا: بوفيه بأطباق شهية من بلدان كثيرة."
            ),
            "uk": (
                "Кожен приносить щось поїсти, і ми снідаємо разом: шведський стіл зі смаколиками "
                "з багатьох країн."
            ),
        },
        "description": {
            "de": (
                "<p>Beim Brunch sitzen Alteingesessene und Neuangekommene an einem langen Tisch. "
                "Bringen Sie gern ein Gericht aus Ihrer Heimat oder Ihr Lieblingsessen "
                "mit.</p><p>Kaffee und Tee gibt es von uns. Auch wer nichts mitbringt, ist "
                "herzlich willkommen.</p>"
            ),
            "en": (
                "<p>At the brunch, long-time residents and newcomers sit at one long table. Feel "
                "free to bring a dish from your home country or your favourite food.</p><p>We "
                "provide coffee and tea. You are very welcome even if you bring nothing.</p>"
            ),
            "ar": (
                "<p>في هذا الفطور يجلس السكان القدامى والقادمون الجدد حول طاولة طويلة واحدة. "
                "يمكنكم إحضار طبق من بلدكم أو طعامكم المفضل.</p><p>نحن نقدّم القهوة والشاي. ومن "
                "لا يحضر شيئًا مرحّب به أيضًا.</p>"
            ),
            "uk": (
                "<p>На бранчі давні мешканці та новоприбулі сидять за одним довгим столом. "
                "Приносьте страву зі своєї батьківщини або свою улюблену їжу.</p><p>Каву й чай "
                "забезпечуємо ми. Навіть якщо ви нічого не принесете, ми вам раді.</p>"
            ),
        },
    },
    {
        "organisation": "beirat-migration-integration",
        "day": 1,
        "start": "11:00",
        "end": "15:00",
        "place": "stiftsplatz",
        "languages": ["de", "pl", "pt", "it", "el", "tr"],
        "target_groups": ["young_people", "everyone"],
        "themes": ["begegnung-antirassismus"],
        "cost": "free",
        "step_free": True,
        "title": {
            "de": "Tischfußball in Menschengröße auf dem Stiftsplatz",
            "en": "Human table football on Stiftsplatz",
            "ar": "كرة قدم الطاولة بحجم الإنسان في ساحة Stiftsplatz",
            "uk": "Настільний футбол у людський зріст на площі Штифтсплац",
        },
        "summary": {
            "de": (
                "Teams aus vielen Nationen spielen ein riesiges Tischfußball-Spiel, bei dem "
                "Menschen die Figuren sind. Zuschauen und Anfeuern ist ausdrücklich erwünscht."
            ),
            "en": (
                "Teams from many nations play a giant game of table football in which people are "
                "the figures. Spectators and cheering are very welcome."
            ),
            "ar": (
                "تلعب فرق من جنسيات كثيرة مباراة ضخمة في كرة قدم الطاولة يكون فيها الناس هم "
                "اللاعبين. المشاهدة والتشجيع مرحّب بهما جدًا."
            ),
            "uk": (
                "Команди з багатьох країн грають у велетенський настільний футбол, де фігурки — "
                "це люди. Глядачі та вболівальники дуже бажані."
            ),
        },
        "description": {
            "de": (
                "<p>Der Beirat für Migration und Integration lädt zum Human Table Soccer ein. Die "
                "Spielerinnen und Spieler halten sich an Stangen fest und spielen wie beim "
                "Kicker.</p><p>Teams können sich bis zwei Tage vorher beim Beirat melden. "
                "Zuschauen ist kostenlos und ohne Anmeldung möglich.</p>"
            ),
            "en": (
                "<p>The Council for Migration and Integration invites you to Human Table Soccer. "
                "The players hold on to bars and play just like in table football.</p><p>Teams "
                "can sign up with the council up to two days before. Watching is free and needs "
                "no registration.</p>"
            ),
            "ar": (
                "<p>يدعو مجلس الهجرة والاندماج إلى لعبة «Human Table Soccer». يمسك اللاعبون "
                "واللاعبات بقضبان ويلعبون كما في كرة قدم الطاولة.</p><p>يمكن للفرق التسجيل لدى "
                "المجلس حتى يومين قبل المباراة. المشاهدة مجانية ولا تحتاج إلى تسجيل.</p>"
            ),
            "uk": (
                "<p>Рада з питань міграції та інтеграції запрошує на Human Table Soccer. Гравці "
                "тримаються за жердини й грають, як у настільний футбол.</p><p>Команди можуть "
                "зареєструватися в Раді не пізніше ніж за два дні. Дивитися можна безкоштовно й "
                "без реєстрації.</p>"
            ),
        },
    },
    {
        "organisation": "forum-interreligioeser-dialog",
        "day": 1,
        "start": "17:00",
        "end": "18:30",
        "place": "forum-dialog",
        "languages": ["de", "ar", "tr"],
        "target_groups": ["everyone"],
        "themes": ["begegnung-antirassismus"],
        "cost": "free",
        "step_free": False,
        "title": {
            "de": "Interreligiöses Friedensgebet",
            "en": "Interfaith prayer for peace",
            "ar": "صلاة مشتركة بين الأديان من أجل السلام",
            "uk": "Міжрелігійна молитва за мир",
        },
        "summary": {
            "de": (
                "Christen, Muslime, Juden und Menschen anderer Religionen beten gemeinsam für "
                "Frieden. Danach gibt es Tee und Gespräche."
            ),
            "en": (
                "Christians, Muslims, Jews and people of other religions pray together for peace. "
                "Afterwards there is tea and time to talk."
            ),
            "ar": (
                "يصلّي مسيحيون ومسلمون ويهود وأتباع أديان أخرى معًا من أجل السلام. بعد ذلك شاي "
                "وأحاديث."
            ),
            "uk": (
                "Християни, мусульмани, юдеї та люди інших віросповідань разом моляться за мир. "
                "Потім — чай і розмови."
            ),
        },
        "description": {
            "de": (
                "<p>Das Forum interreligiöser Dialog lädt zu einem gemeinsamen Gebet für den "
                "Frieden ein. Vertreterinnen und Vertreter verschiedener Gemeinden sprechen kurze "
                "Gebete und Texte in ihrer Sprache.</p><p>Alle Menschen sind willkommen, auch "
                "ohne Religion. Im Anschluss gibt es Tee und Zeit für Gespräche.</p>"
            ),
            "en": (
                "<p>The Forum for Interreligious Dialogue invites you to a shared prayer for "
                "peace. Members of different communities say short prayers and readings in their "
                "languages.</p><p>Everyone is welcome, including people without a religion. "
                "Afterwards there is tea and time to talk.</p>"
            ),
            "ar": (
                "<p>يدعو منتدى الحوار بين الأديان إلى صلاة مشتركة من أجل السلام. يقرأ ممثلون "
                "وممثلات عن جماعات دينية مختلفة صلوات ونصوصًا قصيرة بلغاتهم.</p><p>الجميع مرحّب "
                "بهم، حتى من لا ينتمون إلى دين. بعد الصلاة يوجد شاي ووقت للحديث.</p>"
            ),
            "uk": (
                "<p>Форум міжрелігійного діалогу запрошує на спільну молитву за мир. Представники "
                "різних громад читають короткі молитви й тексти своїми мовами.</p><p>Запрошуємо "
                "всіх, також людей без релігії. Після молитви — чай і час для розмов.</p>"
            ),
        },
    },
    {
        "organisation": "hochschule-kaiserslautern",
        "day": 2,
        "start": "09:00",
        "end": "16:00",
        "place": "campus-kammgarn",
        "languages": ["de"],
        "target_groups": ["young_people", "everyone"],
        "themes": ["begegnung-antirassismus"],
        "cost": "free",
        "step_free": True,
        "registration": True,
        "capacity": 20,
        "contact": {
            "name": "Miriam Hoffmann",
            "email": "vielfalt@hs-kl.example.org",
            "phone": "0631 555 0167",
        },
        "registrants": "antiracism",
        "title": {
            "de": "Argumentationstraining gegen Rassismus",
            "en": "Training: arguing against racism",
            "ar": "تدريب على الحجج ضد العنصرية",
            "uk": "Тренінг аргументації проти расизму",
        },
        "summary": {
            "de": (
                "Ein Tagesworkshop: Wie reagiere ich, wenn jemand rassistische Sprüche macht? Mit "
                "Übungen in kleinen Gruppen."
            ),
            "en": (
                "A one-day workshop: how do I react when someone makes racist remarks? With "
                "exercises in small groups."
            ),
            "ar": (
                "ورشة عمل ليوم واحد: كيف أتصرّف عندما يقول أحدهم عبارات عنصرية؟ مع تمارين في "
                "مجموعات صغيرة."
            ),
            "uk": (
                "Одноденний воркшоп: як реагувати, коли хтось говорить расистські речі? Із "
                "вправами в малих групах."
            ),
        },
        "description": {
            "de": (
                "<p>Rassistische Sprüche hört man in der Bahn, am Arbeitsplatz oder in der "
                "Familie. Im Workshop üben Sie, ruhig und klar zu antworten und Betroffene zu "
                "unterstützen.</p><p>Der Workshop ist kostenlos. Die Plätze sind begrenzt, bitte "
                "melden Sie sich an.</p>"
            ),
            "en": (
                "<p>You hear racist remarks on the train, at work or in the family. In the "
                "workshop you practise answering calmly and clearly and supporting the people "
                "affected.</p><p>The workshop is free of charge. Places are limited, so please "
                "register.</p>"
            ),
            "ar": (
                "<p>نسمع عبارات عنصرية في القطار وفي العمل وفي العائلة. في ورشة العمل تتدرّبون "
                "على الردّ بهدوء ووضوح وعلى دعم الأشخاص المتضرّرين.</p><p>الورشة مجانية. عدد "
                "الأماكن محدود، لذا يُرجى التسجيل.</p>"
            ),
            "uk": (
                "<p>Расистські вислови можна почути в потязі, на роботі чи в родині. На воркшопі "
                "ви вчитеся відповідати спокійно й чітко та підтримувати тих, кого це "
                "зачіпає.</p><p>Участь безкоштовна. Кількість місць обмежена, тож, будь ласка, "
                "зареєструйтеся.</p>"
            ),
        },
    },
    {
        "organisation": "lernzentrum-kaiserslautern",
        "day": 2,
        "start": "17:00",
        "end": "18:30",
        "place": "lernzentrum",
        "languages": ["de"],
        "target_groups": ["everyone"],
        "themes": ["sprachfoerderung", "ehrenamt-beteiligung"],
        "cost": "free",
        "step_free": True,
        "offer": "kl-freiwilligen-agentur-lernpatenschaften",
        "title": {
            "de": "Lernpatin oder Lernpate werden: Infotreffen",
            "en": "Becoming a learning mentor: information meeting",
            "ar": "كيف تصبح مرشدًا أو مرشدة في تعلّم اللغة: لقاء تعريفي",
            "uk": "Стати наставником у навчанні: інформаційна зустріч",
        },
        "summary": {
            "de": (
                "Sie möchten jemandem beim Deutschlernen helfen? Wir erklären, wie eine "
                "qualifizierte Lernpatenschaft funktioniert."
            ),
            "en": (
                "Would you like to help someone learn German? We explain how a qualified learning "
                "mentorship works."
            ),
            "ar": (
                "هل تودّ مساعدة شخص ما في تعلّم الألمانية؟ نشرح لك كيف يعمل الإرشاد التعليمي المؤهَّل."
            ),
            "uk": (
                "Хочете допомогти комусь вивчати німецьку? Ми пояснимо, як працює кваліфіковане "
                "навчальне наставництво."
            ),
        },
        "description": {
            "de": (
                "<p>Lernpatinnen und Lernpaten treffen sich einmal pro Woche mit einer Person, "
                "die Deutsch lernt. Sie üben zusammen Lesen, Sprechen und "
                "Alltagssituationen.</p><p>Beim Infotreffen erzählen erfahrene Patinnen und Paten "
                "von ihrer Arbeit. Sie erfahren auch, wie die kostenlose Schulung abläuft.</p>"
            ),
            "en": (
                "<p>Learning mentors meet once a week with a person who is learning German. "
                "Together they practise reading, speaking and everyday situations.</p><p>At the "
                "meeting, experienced mentors talk about their work. You also find out how the "
                "free training works.</p>"
            ),
            "ar": (
                "<p>يلتقي المرشدون والمرشدات مرة في الأسبوع بشخص يتعلّم الألمانية. ويتدرّبون معًا "
                "على القراءة والتحدث ومواقف الحياة اليومية.</p><p>في اللقاء يتحدث مرشدون ذوو خبرة "
                "عن عملهم. وتعرفون أيضًا كيف يسير التدريب المجاني.</p>"
            ),
            "uk": (
                "<p>Наставники раз на тиждень зустрічаються з людиною, яка вивчає німецьку. Разом "
                "вони тренують читання, мовлення та повсякденні ситуації.</p><p>На зустрічі "
                "досвідчені наставники розповідають про свою роботу. Ви також дізнаєтеся, як "
                "проходить безкоштовне навчання.</p>"
            ),
        },
    },
    {
        "organisation": "ihk-pfalz-kaiserslautern",
        "day": 2,
        "start": "18:00",
        "end": "19:30",
        "place": "ihk",
        "languages": ["de", "en", "ar"],
        "target_groups": ["skilled_workers"],
        "themes": ["bildung-arbeit"],
        "cost": "free",
        "step_free": True,
        "hearing_loop": True,
        "offer": "kl-ihk-anerkennungsberatung",
        "title": {
            "de": "Infoabend: Ausländische Berufsabschlüsse anerkennen lassen",
            "en": "Information evening: getting foreign vocational qualifications recognised",
            "ar": "أمسية معلومات: الاعتراف بالشهادات المهنية الأجنبية",
            "uk": "Інформаційний вечір: визнання іноземних професійних кваліфікацій",
        },
        "summary": {
            "de": (
                "Wie wird mein Abschluss aus dem Ausland in Deutschland anerkannt? Die IHK "
                "erklärt die Schritte und beantwortet Fragen."
            ),
            "en": (
                "How is my qualification from abroad recognised in Germany? The Chamber of "
                "Commerce explains the steps and answers questions."
            ),
            "ar": (
                "كيف يُعترف بشهادتي من الخارج في ألمانيا؟ تشرح غرفة الصناعة والتجارة الخطوات "
                "وتجيب عن الأسئلة."
            ),
            "uk": (
                "Як визнати в Німеччині мій іноземний диплом? Торгово-промислова палата пояснює "
                "кроки й відповідає на запитання."
            ),
        },
        "description": {
            "de": (
                "<p>Mit einem anerkannten Abschluss finden Sie leichter eine passende Arbeit. Die "
                "Beraterinnen der IHK erklären, welche Unterlagen Sie brauchen, wie lange das "
                "Verfahren dauert und was es kostet.</p><p>Fragen können Sie auf Deutsch, "
                "Englisch oder Arabisch stellen. Der Abend ist kostenlos.</p>"
            ),
            "en": (
                "<p>With a recognised qualification it is easier to find suitable work. The "
                "chamber's advisers explain which documents you need, how long the procedure "
                "takes and what it costs.</p><p>You can ask questions in German, English or "
                "Arabic. The evening is free of charge.</p>"
            ),
            "ar": (
                "<p>مع شهادة معترف بها يصبح العثور على عمل مناسب أسهل. تشرح المستشارات في غرفة "
                "الصناعة والتجارة الوثائق التي تحتاجونها، وكم تستغرق الإجراءات، وكم "
                "تكلّف.</p><p>يمكنكم طرح الأسئلة بالألمانية أو الإنجليزية أو العربية. الأمسية "
                "مجانية.</p>"
            ),
            "uk": (
                "<p>З визнаним дипломом легше знайти відповідну роботу. Консультантки палати "
                "пояснюють, які документи потрібні, скільки триває процедура і скільки вона "
                "коштує.</p><p>Запитання можна ставити німецькою, англійською або арабською. "
                "Вечір безкоштовний.</p>"
            ),
        },
    },
    {
        "organisation": "ib-jugendmigrationsdienst",
        "day": 2,
        "start": "19:30",
        "end": "21:30",
        "place": "union-studio",
        "languages": ["de", "en"],
        "target_groups": ["young_people", "everyone"],
        "themes": ["begegnung-antirassismus"],
        "cost": "amount",
        "cost_amount": "5.00",
        "step_free": True,
        "title": {
            "de": "Kurzfilmabend: „Mein erstes Jahr hier“",
            "en": "Short film evening: “My first year here”",
            "ar": "أمسية أفلام قصيرة: «سنتي الأولى هنا»",
            "uk": "Вечір короткометражок: «Мій перший рік тут»",
        },
        "summary": {
            "de": (
                "Junge Zugewanderte zeigen Kurzfilme über ihr erstes Jahr in Kaiserslautern. "
                "Danach sprechen sie mit dem Publikum."
            ),
            "en": (
                "Young immigrants show short films about their first year in Kaiserslautern, then "
                "talk with the audience."
            ),
            "ar": (
                "يعرض شباب وشابات من المهاجرين أفلامًا قصيرة عن سنتهم الأولى في كايزرسلاوترن، ثم "
                "يتحدثون مع الجمهور."
            ),
            "uk": (
                "Молоді мігранти показують короткометражні фільми про свій перший рік у "
                "Кайзерслаутерні, а потім спілкуються з глядачами."
            ),
        },
        "description": {
            "de": (
                "<p>In einem Filmprojekt des Jugendmigrationsdienstes haben junge Menschen ihren "
                "Alltag gefilmt: Schule, Freundschaften, Heimweh und erste Erfolge. Die Filme "
                "haben deutsche und englische Untertitel.</p><p>Nach den Filmen gibt es ein "
                "Gespräch mit den jungen Filmemacherinnen und Filmemachern. Der Eintritt kostet 5 "
                "Euro.</p>"
            ),
            "en": (
                "<p>In a film project of the youth migration service, young people filmed their "
                "everyday lives: school, friendships, homesickness and first successes. The films "
                "have German and English subtitles.</p><p>After the films there is a talk with "
                "the young filmmakers. Admission is 5 euros.</p>"
            ),
            "ar": (
                "<p>في مشروع سينمائي لخدمة هجرة الشباب صوّر شباب حياتهم اليومية: المدرسة "
                "والصداقات والحنين إلى الوطن والنجاحات الأولى. الأفلام مترجمة إلى الألمانية "
                "والإنجليزية.</p><p>بعد العرض يدور حوار مع صانعي الأفلام الشباب. سعر الدخول 5 "
                "يورو.</p>"
            ),
            "uk": (
                "<p>У кінопроєкті Молодіжної міграційної служби молоді люди зняли своє "
                "повсякдення: школу, дружбу, тугу за домом і перші успіхи. Фільми мають німецькі "
                "та англійські субтитри.</p><p>Після показу — розмова з молодими авторами "
                "фільмів. Вхід коштує 5 євро.</p>"
            ),
        },
    },
    {
        "organisation": "abz-migrationsberatung",
        "day": 3,
        "start": "09:30",
        "end": "12:00",
        "place": "stadtteilbuero-gruebentaelchen",
        "languages": ["de", "ar", "tr", "fa", "uk"],
        "target_groups": ["women"],
        "themes": ["begegnung-antirassismus"],
        "cost": "free",
        "step_free": True,
        "title": {
            "de": "Internationales Frauenfrühstück",
            "en": "International women's breakfast",
            "ar": "فطور دولي للنساء",
            "uk": "Міжнародний жіночий сніданок",
        },
        "summary": {
            "de": (
                "Frauen aus vielen Ländern frühstücken zusammen und lernen sich kennen. "
                "Kinderbetreuung ist vor Ort."
            ),
            "en": (
                "Women from many countries have breakfast together and get to know each other. "
                "Childcare is available on site."
            ),
            "ar": (
                "تتناول نساء من بلدان كثيرة الفطور معًا ويتعارفن. تتوفّر رعاية للأطفال في المكان."
            ),
            "uk": (
                "Жінки з багатьох країн снідають разом і знайомляться. На місці є догляд за дітьми."
            ),
        },
        "description": {
            "de": (
                "<p>Beim Frauenfrühstück ist Zeit zum Reden, Lachen und Kennenlernen. Eine "
                "Beraterin des ABZ ist da und beantwortet Fragen zu Beratung und "
                "Sprachkursen.</p><p>Bringen Sie gern Ihre Freundinnen, Nachbarinnen oder "
                "Kolleginnen mit. Das Frühstück ist kostenlos.</p>"
            ),
            "en": (
                "<p>The women's breakfast is a time to talk, laugh and get to know each other. An "
                "adviser from the ABZ is there to answer questions about advice services and "
                "language courses.</p><p>Feel free to bring your friends, neighbours or "
                "colleagues. The breakfast is free of charge.</p>"
            ),
            "ar": (
                "<p>فطور النساء وقت للحديث والضحك والتعارف. ستكون هناك مستشارة من مركز ABZ تجيب "
                "عن الأسئلة حول الاستشارات ودورات اللغة.</p><p>يمكنكِ إحضار صديقاتكِ أو جاراتكِ "
                "أو زميلاتكِ. الفطور مجاني.</p>"
            ),
            "uk": (
                "<p>Жіночий сніданок — це час, щоб поговорити, посміятися й познайомитися. "
                "Консультантка ABZ відповідає на запитання про консультації та мовні "
                "курси.</p><p>Приходьте разом із подругами, сусідками чи колежанками. Сніданок "
                "безкоштовний.</p>"
            ),
        },
    },
    {
        "organisation": "bau-ag-kaiserslautern",
        "day": 3,
        "start": "14:00",
        "end": "17:00",
        "place": "bau-ag",
        "languages": ["de", "en", "uk", "ar"],
        "target_groups": ["refugees", "families"],
        "themes": ["wohnen"],
        "cost": "free",
        "step_free": True,
        "title": {
            "de": "Sprechstunde Wohnungssuche: Fragen an die Bau AG",
            "en": "Flat-hunting consultation: ask the Bau AG",
            "ar": "ساعة استشارة حول البحث عن شقة: اسألوا شركة Bau AG",
            "uk": "Консультація щодо пошуку житла: запитайте Bau AG",
        },
        "summary": {
            "de": (
                "Wie bewerbe ich mich um eine Wohnung? Was steht im Mietvertrag? Mitarbeitende "
                "der Bau AG beantworten Ihre Fragen."
            ),
            "en": (
                "How do I apply for a flat? What does the tenancy agreement say? Bau AG staff "
                "answer your questions."
            ),
            "ar": (
                "كيف أتقدّم بطلب للحصول على شقة؟ ماذا يتضمّن عقد الإيجار؟ يجيب موظفو شركة Bau AG "
                "عن أسئلتكم."
            ),
            "uk": (
                "Як подати заявку на квартиру? Що написано в договорі оренди? Працівники Bau AG "
                "відповідають на ваші запитання."
            ),
        },
        "description": {
            "de": (
                "<p>Die Bau AG vermietet bezahlbare Wohnungen in vielen Stadtteilen. In der "
                "Sprechstunde erfahren Sie, wie Sie sich bewerben und welche Unterlagen Sie "
                "brauchen.</p><p>Sie können auch Ihren Mietvertrag mitbringen und Fragen dazu "
                "stellen. Eine Dolmetscherin für Ukrainisch und Arabisch ist da.</p>"
            ),
            "en": (
                "<p>The Bau AG rents out affordable flats in many parts of the city. At the "
                "consultation you learn how to apply and which documents you need.</p><p>You can "
                "also bring your tenancy agreement and ask questions about it. An interpreter for "
                "Ukrainian and Arabic is present.</p>"
            ),
            "ar": (
                "<p>تؤجّر شركة Bau AG شققًا بأسعار معقولة في أحياء كثيرة من المدينة. في ساعة "
                "الاستشارة تعرفون كيف تتقدّمون بطلب وما الوثائق التي تحتاجونها.</p><p>يمكنكم "
                "أيضًا إحضار عقد الإيجار وطرح أسئلة حوله. ستكون هناك مترجمة للأوكرانية "
                "والعربية.</p>"
            ),
            "uk": (
                "<p>Bau AG здає в оренду доступні квартири в багатьох районах міста. На "
                "консультації ви дізнаєтеся, як подати заявку і які документи "
                "потрібні.</p><p>Можна також принести свій договір оренди й поставити запитання "
                "щодо нього. Присутня перекладачка з української та арабської.</p>"
            ),
        },
    },
    {
        "organisation": "rptu-kaiserslautern",
        "day": 3,
        "start": "18:00",
        "end": "19:30",
        "online": True,
        "online_url": "https://international.rptu.example.org/live/ikw",
        "languages": ["de", "en", "ar", "uk"],
        "target_groups": ["young_people", "skilled_workers"],
        "themes": ["bildung-arbeit"],
        "cost": "free",
        "title": {
            "de": "Online-Infoabend: Studieren mit ausländischem Schulabschluss",
            "en": (
                "Online information evening: studying with a school-leaving certificate from abroad"
            ),
            "ar": "أمسية معلومات عبر الإنترنت: الدراسة بشهادة مدرسية من الخارج",
            "uk": "Онлайн-вечір: навчання в університеті з іноземним шкільним атестатом",
        },
        "summary": {
            "de": (
                "Die RPTU erklärt, wie Sie sich mit einem Abschluss aus dem Ausland für ein "
                "Studium bewerben. Sie nehmen von zu Hause aus teil."
            ),
            "en": (
                "The RPTU explains how to apply to study with a qualification from abroad. You "
                "take part from home."
            ),
            "ar": "تشرح جامعة RPTU كيف تتقدّمون للدراسة بشهادة من الخارج. تشاركون من المنزل.",
            "uk": (
                "RPTU пояснює, як вступити до університету з документом про освіту з-за кордону. "
                "Ви берете участь із дому."
            ),
        },
        "description": {
            "de": (
                "<p>Das International Office der RPTU stellt die Wege ins Studium vor: "
                "Anerkennung des Schulabschlusses, Deutschkurse, Bewerbung und Finanzierung. "
                "Geflüchtete erfahren, welche Unterstützung es für sie gibt.</p><p>Der Infoabend "
                "findet als Videokonferenz statt. Sie brauchen nur einen Browser, eine Anmeldung "
                "ist nicht nötig.</p>"
            ),
            "en": (
                "<p>The RPTU International Office presents the routes into university: "
                "recognition of your school-leaving certificate, German courses, applications and "
                "funding. Refugees learn what support is available to them.</p><p>The evening "
                "takes place as a video conference. All you need is a browser; you do not have to "
                "register.</p>"
            ),
            "ar": (
                "<p>يعرض المكتب الدولي في جامعة RPTU طرق الالتحاق بالدراسة: معادلة الشهادة "
                "المدرسية، ودورات اللغة الألمانية، والتقديم، والتمويل. ويعرف اللاجئون ما الدعم "
                "المتاح لهم.</p><p>تُقام الأمسية عبر مؤتمر فيديو. كل ما تحتاجونه هو متصفح، ولا "
                "حاجة إلى التسجيل.</p>"
            ),
            "uk": (
                "<p>Міжнародний офіс RPTU розповідає про шляхи до навчання: визнання шкільного "
                "атестата, курси німецької, вступ і фінансування. Біженці дізнаються, яка "
                "підтримка для них доступна.</p><p>Вечір проходить у форматі відеоконференції. "
                "Потрібен лише браузер, реєстрація не потрібна.</p>"
            ),
        },
    },
    {
        "organisation": "projektbuero-integration",
        "day": 3,
        "start": "19:00",
        "end": "21:00",
        "place": "stadtteilbuero-west",
        "languages": ["de", "ar", "tr"],
        "target_groups": ["everyone"],
        "themes": ["wohnen", "ehrenamt-beteiligung"],
        "cost": "free",
        "step_free": True,
        "hearing_loop": True,
        "title": {
            "de": "Podiumsgespräch: Ankommen im Quartier Kaiserslautern-West",
            "en": "Panel discussion: arriving in the Kaiserslautern-West neighbourhood",
            "ar": "حلقة نقاش: الوصول والاستقرار في حي كايزرسلاوترن الغربي",
            "uk": "Панельна дискусія: як облаштуватися в районі Кайзерслаутерн-Захід",
        },
        "summary": {
            "de": (
                "Wie leben alte und neue Nachbarn im Westen zusammen? Bewohnerinnen, Vereine und "
                "Stadt sprechen über Wohnen, Treffpunkte und Zusammenhalt."
            ),
            "en": (
                "How do old and new neighbours live together in the west of the city? Residents, "
                "clubs and the city talk about housing, meeting places and cohesion."
            ),
            "ar": (
                "كيف يعيش الجيران القدامى والجدد معًا في غرب المدينة؟ يتحدث السكان والجمعيات "
                "والبلدية عن السكن وأماكن اللقاء والتماسك."
            ),
            "uk": (
                "Як давні й нові сусіди живуть разом на заході міста? Мешканці, об’єднання та "
                "місто говорять про житло, місця зустрічей і згуртованість."
            ),
        },
        "description": {
            "de": (
                "<p>Rund um die Slevogtstraße und den Fischerrück kommen viele Menschen neu in "
                "Kaiserslautern an. Die Stadt nimmt mit diesem Quartier am Forschungsprojekt "
                "„Ankunftsquartiere gestalten“ teil.</p><p>Auf dem Podium berichten Bewohnerinnen "
                "und Bewohner, Vereine und die Stadtverwaltung. Danach kann das Publikum Fragen "
                "stellen und Ideen einbringen. Es wird ins Arabische und Türkische "
                "gedolmetscht.</p>"
            ),
            "en": (
                "<p>Many people arrive in Kaiserslautern around Slevogtstraße and Fischerrück. "
                "With this neighbourhood, the city takes part in the research project “Shaping "
                "arrival neighbourhoods”.</p><p>On the panel, residents, clubs and the city "
                "administration share their experiences. Afterwards the audience can ask "
                "questions and bring in ideas. Arabic and Turkish interpreting is provided.</p>"
            ),
            "ar": (
                "<p>يصل كثير من الناس حديثًا إلى كايزرسلاوترن في منطقة شارع Slevogtstraße وحي "
                "Fischerrück. وتشارك المدينة بهذا الحي في المشروع البحثي «تشكيل أحياء "
                "الوصول».</p><p>على المنصة يروي السكان والجمعيات وإدارة المدينة تجاربهم. بعد ذلك "
                "يمكن للجمهور طرح الأسئلة وتقديم الأفكار. تتوفّر ترجمة فورية إلى العربية "
                "والتركية.</p>"
            ),
            "uk": (
                "<p>Багато людей, які щойно прибули до Кайзерслаутерна, оселяються довкола вулиці "
                "Слевогтштрасе та району Фішеррюк. З цим районом місто бере участь у "
                "дослідницькому проєкті «Облаштування районів прибуття».</p><p>Мешканці, "
                "об’єднання та міська адміністрація розповідають про свій досвід. Потім глядачі "
                "можуть ставити запитання та пропонувати ідеї. Забезпечено усний переклад "
                "арабською та турецькою.</p>"
            ),
        },
    },
    {
        "organisation": "drk-kreisverband-kaiserslautern",
        "day": 4,
        "start": "10:00",
        "end": "14:00",
        "place": "drk-haus",
        "languages": ["de", "ar", "ru", "uk", "tr"],
        "target_groups": ["families"],
        "themes": ["gesundheit"],
        "cost": "free",
        "step_free": True,
        "offer": "kl-b-gesundheitsberatung-familien",
        "title": {
            "de": "Gesundheitstag für Familien",
            "en": "Health day for families",
            "ar": "يوم الصحة للعائلات",
            "uk": "День здоров’я для сімей",
        },
        "summary": {
            "de": (
                "Kinderärztinnen, Hebammen und Beraterinnen informieren zu Vorsorge, Impfungen "
                "und gesunder Ernährung. Mit Dolmetscherinnen."
            ),
            "en": (
                "Paediatricians, midwives and advisers give information on check-ups, "
                "vaccinations and healthy eating. With interpreters."
            ),
            "ar": (
                "تقدّم طبيبات أطفال وقابلات ومستشارات معلومات عن الفحوص الوقائية والتطعيمات "
                "والتغذية الصحية. بحضور مترجمات."
            ),
            "uk": (
                "Дитячі лікарки, акушерки та консультантки розповідають про профілактичні огляди, "
                "щеплення та здорове харчування. З перекладачками."
            ),
        },
        "description": {
            "de": (
                "<p>Am Gesundheitstag können Familien Fragen zur Gesundheit ihrer Kinder stellen. "
                "Es gibt Informationen zu Vorsorgeuntersuchungen, Impfungen, Zahngesundheit und "
                "Ernährung.</p><p>Dolmetscherinnen für Arabisch, Russisch, Ukrainisch und "
                "Türkisch helfen bei der Verständigung. Alle Angebote sind kostenlos.</p>"
            ),
            "en": (
                "<p>On the health day, families can ask questions about their children's health. "
                "There is information on check-ups, vaccinations, dental health and "
                "nutrition.</p><p>Interpreters for Arabic, Russian, Ukrainian and Turkish help "
                "you make yourself understood. Everything is free of charge.</p>"
            ),
            "ar": (
                "<p>في يوم الصحة يمكن للعائلات طرح أسئلة حول صحة أطفالها. تتوفّر معلومات عن "
                "الفحوص الوقائية والتطعيمات وصحة الأسنان والتغذية.</p><p>تساعد مترجمات للعربية "
                "والروسية والأوكرانية والتركية في التفاهم. جميع الخدمات مجانية.</p>"
            ),
            "uk": (
                "<p>У День здоров’я родини можуть поставити запитання про здоров’я своїх дітей. Є "
                "інформація про профілактичні огляди, щеплення, здоров’я зубів і "
                "харчування.</p><p>Перекладачки з арабської, російської, української та турецької "
                "допомагають порозумітися. Усе безкоштовно.</p>"
            ),
        },
    },
    {
        "organisation": "deutsch-arabischer-kulturverein-al-dschisr",
        "day": 4,
        "start": "18:00",
        "end": "21:00",
        "place": "al-dschisr",
        "languages": ["de", "ar"],
        "target_groups": ["everyone"],
        "themes": ["begegnung-antirassismus"],
        "cost": "amount",
        "cost_amount": "8.00",
        "step_free": False,
        "registration": True,
        "capacity": 12,
        "contact": {
            "name": "Rana Al-Khatib",
            "email": "kochen@al-dschisr.example.org",
            "phone": "0631 555 0166",
        },
        "questions": [
            {
                "label": {
                    "de": "Allergien oder Unverträglichkeiten",
                    "en": "Allergies or intolerances",
                    "ar": "الحساسية أو عدم تحمّل بعض الأطعمة",
                    "uk": "Алергії або харчова непереносимість",
                },
                "required": False,
            },
        ],
        "registrants": "cooking",
        "title": {
            "de": "Kochabend: Syrische Küche zum Mitmachen",
            "en": "Cooking evening: Syrian cuisine, hands on",
            "ar": "أمسية طبخ: المطبخ السوري بمشاركتكم",
            "uk": "Кулінарний вечір: сирійська кухня своїми руками",
        },
        "summary": {
            "de": (
                "Wir kochen zusammen Gerichte aus Syrien und essen danach gemeinsam. Für "
                "Anfängerinnen und Anfänger geeignet."
            ),
            "en": (
                "We cook dishes from Syria together and then eat together. Suitable for beginners."
            ),
            "ar": "نطبخ معًا أطباقًا سورية ثم نأكلها معًا. مناسبة للمبتدئين.",
            "uk": (
                "Ми разом готуємо страви із Сирії, а потім разом їмо. Підходить для початківців."
            ),
        },
        "description": {
            "de": (
                "<p>Mitglieder des Kulturvereins Al-Dschisr zeigen, wie man Fattoush, Mujaddara "
                "und Hummus zubereitet. Alle schneiden, rühren und probieren mit.</p><p>Der "
                "Beitrag von 8 Euro deckt die Zutaten. Es gibt 12 Plätze, bitte melden Sie sich "
                "an.</p>"
            ),
            "en": (
                "<p>Members of the Al-Dschisr cultural association show how to make fattoush, "
                "mujaddara and hummus. Everyone chops, stirs and tastes.</p><p>The fee of 8 euros "
                "covers the ingredients. There are 12 places, so please register.</p>"
            ),
            "ar": (
                "<p>يُري أعضاء الجمعية الثقافية «الجسر» كيف يُحضَّر الفتوش والمجدّرة والحمّص. "
                "يشارك الجميع في التقطيع والتحريك والتذوّق.</p><p>رسم المشاركة 8 يورو ويغطي ثمن "
                "المكوّنات. يوجد 12 مكانًا، لذا يُرجى التسجيل.</p>"
            ),
            "uk": (
                "<p>Члени культурного об’єднання Al-Dschisr показують, як готувати фатуш, "
                "муджаддару та хумус. Усі нарізають, помішують і куштують.</p><p>Внесок 8 євро "
                "покриває вартість продуктів. Є 12 місць, тож, будь ласка, зареєструйтеся.</p>"
            ),
        },
    },
    {
        "organisation": "deutsch-amerikanisches-buergerbuero",
        "day": 4,
        "start": "19:00",
        "end": "21:30",
        "place": "gasthaus-linde",
        "languages": ["en", "de"],
        "target_groups": ["us_community", "everyone"],
        "themes": ["begegnung-antirassismus"],
        "cost": "free",
        "step_free": True,
        "offer": "kl-b-deutsch-amerikanischer-stammtisch",
        "title": {
            "de": "Deutsch-Amerikanischer Stammtisch: Spezial zur Interkulturellen Woche",
            "en": "German-American Stammtisch: Intercultural Week special",
            "ar": "لقاء Stammtisch الألماني الأمريكي: لقاء خاص بمناسبة الأسبوع بين الثقافات",
            "uk": "Німецько-американський «штамтіш»: спецвипуск до Міжкультурного тижня",
        },
        "summary": {
            "de": (
                "Amerikanerinnen und Amerikaner treffen Nachbarinnen und Nachbarn aus "
                "Kaiserslautern. Diesmal mit Gästen aus vielen weiteren Ländern."
            ),
            "en": (
                "Americans meet neighbours from Kaiserslautern. This time with guests from many "
                "other countries."
            ),
            "ar": (
                "يلتقي أمريكيون وأمريكيات بجيرانهم من كايزرسلاوترن. هذه المرة مع ضيوف من بلدان "
                "أخرى كثيرة."
            ),
            "uk": (
                "Американці зустрічаються із сусідами з Кайзерслаутерна. Цього разу — з гостями з "
                "багатьох інших країн."
            ),
        },
        "description": {
            "de": (
                "<p>Beim Stammtisch wird auf Deutsch und Englisch geredet, gelacht und gegessen. "
                "Zur Interkulturellen Woche laden wir auch Menschen aus anderen Ländern ein, die "
                "neu in Kaiserslautern sind.</p><p>Alle bezahlen ihr Essen und ihre Getränke "
                "selbst. Eine Anmeldung ist nicht nötig.</p>"
            ),
            "en": (
                "<p>At the Stammtisch people talk, laugh and eat together in German and English. "
                "For the Intercultural Week we also invite people from other countries who are "
                "new to Kaiserslautern.</p><p>Everyone pays for their own food and drinks. No "
                "registration needed.</p>"
            ),
            "ar": (
                "<p>في هذا اللقاء يتحدث الناس ويضحكون ويأكلون معًا بالألمانية والإنجليزية. "
                "بمناسبة الأسبوع بين الثقافات ندعو أيضًا أشخاصًا من بلدان أخرى وصلوا حديثًا إلى "
                "كايزرسلاوترن.</p><p>يدفع كل شخص ثمن طعامه وشرابه. لا حاجة إلى التسجيل.</p>"
            ),
            "uk": (
                "<p>На «штамтіші» говорять, сміються та їдять разом німецькою та англійською. До "
                "Міжкультурного тижня ми запрошуємо також людей з інших країн, які нещодавно "
                "прибули до Кайзерслаутерна.</p><p>Кожен сам платить за свою їжу та напої. "
                "Реєстрація не потрібна.</p>"
            ),
        },
    },
    {
        "organisation": "vielfalter-kl",
        "day": 5,
        "start": "15:00",
        "end": "19:00",
        "place": "stiftskirche-gemeindehaus",
        "languages": ["de", "en", "ar", "fa", "tr", "uk"],
        "target_groups": ["everyone"],
        "themes": ["begegnung-antirassismus"],
        "cost": "free",
        "step_free": True,
        "offer": "kl-b-world-cafe-vielfalter",
        "title": {
            "de": "World Café XXL an der Stiftskirche",
            "en": "World Café XXL at the Stiftskirche",
            "ar": "World Café بحجم كبير عند كنيسة Stiftskirche",
            "uk": "World Café XXL біля Штифтскірхе",
        },
        "summary": {
            "de": (
                "Das wöchentliche World Café wird zur Interkulturellen Woche groß: mit Musik, "
                "Spielen und Essen aus vielen Ländern."
            ),
            "en": (
                "For the Intercultural Week the weekly World Café goes big: with music, games and "
                "food from many countries."
            ),
            "ar": (
                "يكبر World Café الأسبوعي بمناسبة الأسبوع بين الثقافات: مع موسيقى وألعاب وطعام من "
                "بلدان كثيرة."
            ),
            "uk": (
                "До Міжкультурного тижня щотижневе World Café стає великим: з музикою, іграми та "
                "їжею з багатьох країн."
            ),
        },
        "description": {
            "de": (
                "<p>In dieser Woche trifft sich das World Café nicht in der Marktstraße, sondern "
                "im Gemeindehaus an der Stiftskirche. Es gibt mehr Tische, mehr Kuchen und ein "
                "offenes Mikrofon für Musik und Geschichten.</p><p>Alle sind willkommen, "
                "Deutschkenntnisse sind nicht nötig. Der Eintritt ist frei.</p>"
            ),
            "en": (
                "<p>This week the World Café does not meet in Marktstraße but in the parish hall "
                "at the Stiftskirche. There are more tables, more cake and an open microphone for "
                "music and stories.</p><p>Everyone is welcome; no German needed. Admission is "
                "free.</p>"
            ),
            "ar": (
                "<p>في هذا الأسبوع لا يلتقي World Café في شارع Marktstraße بل في قاعة الأبرشية "
                "عند كنيسة Stiftskirche. هناك طاولات أكثر وكعك أكثر وميكروفون مفتوح للموسيقى "
                "والحكايات.</p><p>الجميع مرحّب بهم، ولا حاجة إلى معرفة الألمانية. الدخول "
                "مجاني.</p>"
            ),
            "uk": (
                "<p>Цього тижня World Café збирається не на Марктштрасе, а в парафіяльному домі "
                "біля церкви Штифтскірхе. Тут більше столів, більше пирогів і відкритий мікрофон "
                "для музики та історій.</p><p>Запрошуємо всіх, знання німецької не потрібне. Вхід "
                "вільний.</p>"
            ),
        },
    },
    {
        "organisation": "freiwilligen-agentur-kaiserslautern",
        "day": 5,
        "start": "18:00",
        "end": "19:30",
        "place": "rathaus-nord",
        "languages": ["de", "en", "ar", "uk", "tr"],
        "target_groups": ["everyone"],
        "themes": ["ehrenamt-beteiligung"],
        "cost": "free",
        "step_free": True,
        "hearing_loop": True,
        "offer": "kl-b-freiwilligen-agentur-ehrenamt-finden",
        "title": {
            "de": "Infoabend: Ehrenamt kennt keine Grenzen",
            "en": "Information evening: volunteering knows no borders",
            "ar": "أمسية معلومات: التطوع لا يعرف حدودًا",
            "uk": "Інформаційний вечір: волонтерство не знає кордонів",
        },
        "summary": {
            "de": (
                "Wer sich engagiert, findet Kontakte und Freunde. Die Freiwilligen Agentur stellt "
                "Ehrenämter vor, auch für Menschen, die noch Deutsch lernen."
            ),
            "en": (
                "Volunteering brings contacts and friends. The volunteer agency presents "
                "volunteer roles, including for people who are still learning German."
            ),
            "ar": (
                "من يتطوّع يجد علاقات وأصدقاء. تعرض وكالة المتطوعين فرص التطوع، ومنها فرص لمن لا "
                "يزالون يتعلّمون الألمانية."
            ),
            "uk": (
                "Волонтерство дає знайомства й друзів. Агенція волонтерів представляє можливості, "
                "зокрема для тих, хто ще вивчає німецьку."
            ),
        },
        "description": {
            "de": (
                "<p>Viele Vereine und Einrichtungen in Kaiserslautern suchen Ehrenamtliche: im "
                "Sport, in der Hausaufgabenhilfe, beim Dolmetschen oder im Garten. Auch wer neu "
                "in der Stadt ist, kann mitmachen.</p><p>Ehrenamtliche mit Migrationsgeschichte "
                "erzählen von ihren Erfahrungen. Danach beraten wir Sie persönlich.</p>"
            ),
            "en": (
                "<p>Many clubs and institutions in Kaiserslautern are looking for volunteers: in "
                "sport, homework help, interpreting or gardening. People who are new to the city "
                "can join in too.</p><p>Volunteers with a migration background talk about their "
                "experiences. Afterwards we give you personal advice.</p>"
            ),
            "ar": (
                "<p>تبحث جمعيات ومؤسسات كثيرة في كايزرسلاوترن عن متطوعين: في الرياضة، والمساعدة "
                "في الواجبات المدرسية، والترجمة، والحدائق. ويمكن للقادمين الجدد إلى المدينة "
                "المشاركة أيضًا.</p><p>يتحدث متطوعون من أصول مهاجرة عن تجاربهم. بعد ذلك نقدّم لكم "
                "استشارة شخصية.</p>"
            ),
            "uk": (
                "<p>Багато об’єднань і установ у Кайзерслаутерні шукають волонтерів: у спорті, "
                "допомозі з домашніми завданнями, усному перекладі чи в саду. Долучитися можуть і "
                "ті, хто нещодавно в місті.</p><p>Волонтери з міграційним досвідом розповідають "
                "про свій досвід. Після цього ми консультуємо вас особисто.</p>"
            ),
        },
    },
    {
        "organisation": "caritas-zentrum-kaiserslautern",
        "day": 6,
        "start": "19:00",
        "end": "21:00",
        "place": "st-martin",
        "languages": ["de", "fa", "ar", "uk"],
        "target_groups": ["everyone"],
        "themes": ["begegnung-antirassismus"],
        "cost": "free",
        "step_free": True,
        "hearing_loop": True,
        "title": {
            "de": "Tag des Flüchtlings: Lesung und Gespräch „Angekommen?“",
            "en": "Refugee Day: reading and talk “Arrived?”",
            "ar": "يوم اللاجئ: قراءة وحوار بعنوان «هل وصلنا؟»",
            "uk": "День біженця: читання й розмова «Прибули?»",
        },
        "summary": {
            "de": (
                "Geflüchtete lesen eigene Texte über Flucht, Ankommen und Heimat. Danach sprechen "
                "wir mit ihnen und dem Publikum."
            ),
            "en": (
                "Refugees read their own texts about flight, arriving and home. Afterwards we "
                "talk with them and the audience."
            ),
            "ar": (
                "يقرأ لاجئون نصوصًا كتبوها عن اللجوء والوصول والوطن. بعد ذلك نتحدث معهم ومع الجمهور."
            ),
            "uk": (
                "Біженці читають власні тексти про втечу, облаштування та дім. Потім ми говоримо "
                "з ними та з глядачами."
            ),
        },
        "description": {
            "de": (
                "<p>Der Freitag der Interkulturellen Woche ist bundesweit der Tag des "
                "Flüchtlings. Im Pfarrzentrum St. Martin lesen drei Autorinnen und Autoren aus "
                "Afghanistan, Syrien und der Ukraine ihre Texte auf Deutsch und in ihrer "
                "Muttersprache.</p><p>Das Caritas-Zentrum und die Pfarrei Heiliger Martin laden "
                "gemeinsam ein. Der Eintritt ist frei, Spenden für die Flüchtlingsberatung sind "
                "willkommen.</p>"
            ),
            "en": (
                "<p>The Friday of the Intercultural Week is Refugee Day across Germany. At the "
                "St. Martin parish centre, three authors from Afghanistan, Syria and Ukraine read "
                "their texts in German and in their mother tongue.</p><p>The Caritas centre and "
                "St. Martin parish invite you together. Admission is free; donations for refugee "
                "advice are welcome.</p>"
            ),
            "ar": (
                "<p>يوم الجمعة من الأسبوع بين الثقافات هو يوم اللاجئ في جميع أنحاء ألمانيا. في "
                "مركز أبرشية القديس مارتن يقرأ ثلاثة كتّاب وكاتبات من أفغانستان وسوريا وأوكرانيا "
                "نصوصهم بالألمانية وبلغتهم الأم.</p><p>يدعوكم مركز كاريتاس وأبرشية القديس مارتن "
                "معًا. الدخول مجاني، والتبرعات لاستشارات اللاجئين مرحّب بها.</p>"
            ),
            "uk": (
                "<p>П’ятниця Міжкультурного тижня — це День біженця по всій Німеччині. У "
                "парафіяльному центрі Святого Мартина троє авторів і авторок з Афганістану, Сирії "
                "та України читають свої тексти німецькою та рідною мовою.</p><p>Запрошують разом "
                "центр Caritas і парафія Святого Мартина. Вхід вільний, пожертви на консультації "
                "для біженців вітаються.</p>"
            ),
        },
    },
    {
        "organisation": "jobcenter-kaiserslautern",
        "day": 6,
        "start": "09:00",
        "end": "13:00",
        "place": "jobcenter",
        "languages": ["de", "ar", "uk", "fa"],
        "target_groups": ["refugees", "skilled_workers"],
        "themes": ["bildung-arbeit"],
        "cost": "free",
        "step_free": True,
        "registration": True,
        "capacity": 15,
        "offer": "kl-jobcenter-integration-point",
        "registrants": "application_day",
        "title": {
            "de": "Bewerbungstag: Foto, Lebenslauf und Tipps",
            "en": "Job application day: photo, CV and tips",
            "ar": "يوم طلبات العمل: صورة وسيرة ذاتية ونصائح",
            "uk": "День резюме: фото, CV та поради",
        },
        "summary": {
            "de": (
                "Eine Fotografin macht kostenlose Bewerbungsfotos. Beraterinnen prüfen Ihren "
                "Lebenslauf und geben Tipps für das Vorstellungsgespräch."
            ),
            "en": (
                "A photographer takes free application photos. Advisers check your CV and give "
                "tips for the job interview."
            ),
            "ar": (
                "تلتقط مصوّرة صورًا مجانية لطلبات العمل. وتراجع مستشارات سيرتكم الذاتية ويقدّمن "
                "نصائح لمقابلة العمل."
            ),
            "uk": (
                "Фотографка безкоштовно робить фото для резюме. Консультантки перевіряють ваше "
                "резюме й дають поради щодо співбесіди."
            ),
        },
        "description": {
            "de": (
                "<p>Im Integration Point des Jobcenters bekommen Sie an diesem Vormittag Hilfe "
                "für Ihre Bewerbung. Bringen Sie Ihren Lebenslauf auf Papier oder auf dem Handy "
                "mit.</p><p>Für das Foto gibt es feste Zeiten. Bitte melden Sie sich an, damit "
                "wir planen können.</p>"
            ),
            "en": (
                "<p>At the job centre's Integration Point you get help with your application on "
                "this morning. Bring your CV on paper or on your phone.</p><p>Photos are taken at "
                "fixed times. Please register so that we can plan.</p>"
            ),
            "ar": (
                "<p>في مكتب Integration Point التابع لمركز العمل (Jobcenter) تحصلون في هذا الصباح "
                "على مساعدة في طلب العمل. أحضروا سيرتكم الذاتية مطبوعة أو على "
                "الهاتف.</p><p>تُلتقط الصور في مواعيد محددة. يُرجى التسجيل حتى نتمكّن من "
                "التخطيط.</p>"
            ),
            "uk": (
                "<p>Цього ранку в Integration Point джобцентру вам допоможуть із заявкою на "
                "роботу. Візьміть із собою резюме на папері або в телефоні.</p><p>Фотографування "
                "відбувається у визначений час. Будь ласка, зареєструйтеся, щоб ми могли все "
                "спланувати.</p>"
            ),
        },
    },
    {
        "organisation": "tus-kotten",
        "day": 6,
        "start": "16:00",
        "end": "19:00",
        "place": "tus-kotten",
        "status": "cancelled",
        "languages": ["de"],
        "target_groups": ["young_people"],
        "themes": ["begegnung-antirassismus"],
        "cost": "free",
        "step_free": True,
        "title": {
            "de": "Kick für Vielfalt: Fußballturnier für Jugendliche",
            "en": "Kick for diversity: football tournament for young people",
            "ar": "ركلة من أجل التنوع: دوري كرة قدم للشباب",
            "uk": "Удар за різноманіття: футбольний турнір для молоді",
        },
        "summary": {
            "de": (
                "Gemischte Teams aus Jugendlichen vieler Herkunftsländer spielen gegeneinander. "
                "Fair Play zählt mehr als Tore."
            ),
            "en": (
                "Mixed teams of young people from many countries of origin play against each "
                "other. Fair play counts more than goals."
            ),
            "ar": "تتنافس فرق مختلطة من شباب من بلدان أصل كثيرة. اللعب النظيف أهم من الأهداف.",
            "uk": (
                "Змішані команди молоді з різних країн грають одна проти одної. Чесна гра "
                "важливіша за голи."
            ),
        },
        "description": {
            "de": (
                "<p>Der TuS Kotten lädt Jugendliche von 12 bis 18 Jahren zum Turnier ein. Die "
                "Teams werden vor Ort gemischt, sodass sich alle kennenlernen.</p><p>Bitte "
                "bringen Sie Sportschuhe und etwas zu trinken mit. Die Teilnahme ist "
                "kostenlos.</p>"
            ),
            "en": (
                "<p>TuS Kotten invites young people aged 12 to 18 to the tournament. Teams are "
                "mixed on the spot so that everyone gets to know each other.</p><p>Please bring "
                "sports shoes and something to drink. Taking part is free.</p>"
            ),
            "ar": (
                "<p>يدعو نادي TuS Kotten الشباب من عمر 12 إلى 18 سنة إلى الدوري. تُشكَّل الفرق "
                "المختلطة في المكان حتى يتعرّف الجميع على بعضهم.</p><p>يُرجى إحضار أحذية رياضية "
                "وشيء للشرب. المشاركة مجانية.</p>"
            ),
            "uk": (
                "<p>TuS Kotten запрошує на турнір молодь віком від 12 до 18 років. Команди "
                "змішують на місці, щоб усі познайомилися.</p><p>Будь ласка, візьміть спортивне "
                "взуття й щось попити. Участь безкоштовна.</p>"
            ),
        },
    },
    {
        "organisation": "handwerkskammer-der-pfalz",
        "day": 7,
        "start": "10:00",
        "end": "13:00",
        "place": "handwerkskammer",
        "languages": ["de", "ar", "uk", "fa"],
        "target_groups": ["young_people", "refugees"],
        "themes": ["bildung-arbeit"],
        "cost": "free",
        "step_free": True,
        "offer": "kl-hwk-ausbildung-handwerk",
        "title": {
            "de": "Handwerk zum Ausprobieren: offene Werkstatt",
            "en": "Try out a trade: open workshop",
            "ar": "جرّب الحِرف: ورشة مفتوحة",
            "uk": "Спробуйте ремесло: відкрита майстерня",
        },
        "summary": {
            "de": (
                "Junge Menschen probieren Berufe im Handwerk aus: mauern, löten, Haare schneiden. "
                "Ausbilderinnen und Ausbilder beraten zu Praktikum und Ausbildung."
            ),
            "en": (
                "Young people try out skilled trades: bricklaying, soldering, cutting hair. "
                "Instructors advise on internships and apprenticeships."
            ),
            "ar": (
                "يجرّب الشباب مهنًا حرفية: البناء واللحام وقصّ الشعر. ويقدّم المدرّبون والمدرّبات "
                "المشورة حول التدريب العملي والتدريب المهني."
            ),
            "uk": (
                "Молодь пробує ремісничі професії: мурування, паяння, стрижку. Інструктори "
                "консультують щодо практики та професійного навчання."
            ),
        },
        "description": {
            "de": (
                "<p>In der Werkstatt der Handwerkskammer arbeiten Sie selbst mit Werkzeug und "
                "Material. Sie lernen Berufe wie Elektronikerin, Maurer, Friseurin oder "
                "Anlagenmechaniker kennen.</p><p>Die Willkommenslotsen der Handwerkskammer "
                "erklären, wie Sie einen Praktikums- oder Ausbildungsplatz finden. Die Teilnahme "
                "ist kostenlos.</p>"
            ),
            "en": (
                "<p>In the workshop of the Chamber of Crafts you work with tools and materials "
                "yourself. You get to know trades such as electronics technician, bricklayer, "
                "hairdresser or plumber.</p><p>The chamber's welcome guides explain how to find "
                "an internship or an apprenticeship. Taking part is free.</p>"
            ),
            "ar": (
                "<p>في ورشة غرفة الحِرف تعملون بأنفسكم بالأدوات والمواد. وتتعرّفون على مهن مثل "
                "فني الإلكترونيات والبنّاء ومصفّف الشعر وفني التمديدات الصحية.</p><p>يشرح مرشدو "
                "الترحيب في غرفة الحِرف كيف تجدون مكانًا للتدريب العملي أو للتدريب المهني. "
                "المشاركة مجانية.</p>"
            ),
            "uk": (
                "<p>У майстерні Ремісничої палати ви самі працюєте з інструментами та "
                "матеріалами. Ви знайомитеся з професіями електронника, муляра, перукаря чи "
                "сантехніка.</p><p>Лоцмани Ремісничої палати пояснюють, як знайти місце для "
                "практики або професійного навчання. Участь безкоштовна.</p>"
            ),
        },
    },
    {
        "organisation": "ukrainischer-verein-mrija",
        "day": 7,
        "start": "15:00",
        "end": "18:00",
        "place": "mrija",
        "languages": ["uk", "de"],
        "target_groups": ["families", "everyone"],
        "themes": ["begegnung-antirassismus"],
        "cost": "free",
        "step_free": False,
        "title": {
            "de": "Ukrainischer Kulturnachmittag",
            "en": "Ukrainian culture afternoon",
            "ar": "لقاء ثقافي أوكراني بعد الظهر",
            "uk": "Українська культурна зустріч",
        },
        "summary": {
            "de": (
                "Lieder, Tänze und Geschichten aus der Ukraine, dazu Borschtsch und Warenyky. Für "
                "Familien und alle Neugierigen."
            ),
            "en": (
                "Songs, dances and stories from Ukraine, plus borscht and varenyky. For families "
                "and anyone curious."
            ),
            "ar": (
                "أغانٍ ورقصات وحكايات من أوكرانيا، مع حساء البورش وفطائر الفارينيكي. للعائلات "
                "ولكل من يرغب في التعرّف على أوكرانيا."
            ),
            "uk": (
                "Пісні, танці та історії з України, а ще борщ і вареники. Для родин і всіх, кому "
                "цікаво."
            ),
        },
        "description": {
            "de": (
                "<p>Der Verein Mrija zeigt, wie vielfältig die ukrainische Kultur ist. Ein "
                "Kinderchor singt, eine Tanzgruppe tritt auf, und alle können traditionelle "
                "Stickmuster ausprobieren.</p><p>Borschtsch und Warenyky gibt es gegen eine "
                "kleine Spende. Der Eintritt ist frei.</p>"
            ),
            "en": (
                "<p>The Mrija association shows how rich Ukrainian culture is. A children's choir "
                "sings, a dance group performs, and everyone can try traditional embroidery "
                "patterns.</p><p>Borscht and varenyky are served for a small donation. Admission "
                "is free.</p>"
            ),
            "ar": (
                "<p>تُظهر جمعية «مريا» (Mrija) مدى غنى الثقافة الأوكرانية. تغنّي جوقة أطفال، "
                "وتقدّم فرقة رقص عرضًا، ويمكن للجميع تجربة نقوش التطريز التقليدية.</p><p>يُقدَّم "
                "البورش والفارينيكي مقابل تبرّع بسيط. الدخول مجاني.</p>"
            ),
            "uk": (
                "<p>Об’єднання «Мрія» показує, наскільки багата українська культура. Співає "
                "дитячий хор, виступає танцювальний гурт, і кожен може спробувати традиційні "
                "візерунки вишивки.</p><p>Борщ і вареники — за невелику пожертву. Вхід "
                "вільний.</p>"
            ),
        },
    },
    {
        "organisation": "beirat-migration-integration",
        "day": 7,
        "start": "19:00",
        "end": "21:30",
        "place": "fruchthalle",
        "languages": ["de", "en"],
        "target_groups": ["everyone"],
        "themes": ["begegnung-antirassismus"],
        "cost": "reduced",
        "cost_amount": "10.00",
        "step_free": True,
        "hearing_loop": True,
        "title": {
            "de": "Konzert: Lieder der Welt in der Fruchthalle",
            "en": "Concert: songs of the world in the Fruchthalle",
            "ar": "حفل موسيقي: أغانٍ من العالم في قاعة Fruchthalle",
            "uk": "Концерт «Пісні світу» у Фрухтгалле",
        },
        "summary": {
            "de": (
                "Chöre und Musikgruppen aus Kaiserslautern singen und spielen Lieder aus vielen "
                "Ländern. Zum Schluss singen alle gemeinsam."
            ),
            "en": (
                "Choirs and bands from Kaiserslautern sing and play songs from many countries. At "
                "the end everyone sings together."
            ),
            "ar": (
                "تغنّي جوقات وفرق موسيقية من كايزرسلاوترن وتعزف أغاني من بلدان كثيرة. وفي الختام "
                "يغنّي الجميع معًا."
            ),
            "uk": (
                "Хори та музичні гурти з Кайзерслаутерна співають і грають пісні з багатьох "
                "країн. Наприкінці всі співають разом."
            ),
        },
        "description": {
            "de": (
                "<p>Auf der Bühne stehen ein internationaler Chor, eine kurdische Musikgruppe, "
                "ein Streichquartett der Musikschule und viele mehr. Der Beirat für Migration und "
                "Integration lädt zu diesem Abend ein.</p><p>Der Eintritt kostet 10 Euro, "
                "ermäßigt 5 Euro. Kinder bis 14 Jahre zahlen nichts.</p>"
            ),
            "en": (
                "<p>On stage are an international choir, a Kurdish band, a string quartet from "
                "the music school and many more. The Council for Migration and Integration "
                "invites you to this evening.</p><p>Admission is 10 euros, reduced 5 euros. "
                "Children up to 14 go free.</p>"
            ),
            "ar": (
                "<p>على المسرح جوقة دولية وفرقة موسيقية كردية ورباعي وتري من مدرسة الموسيقى "
                "وغيرهم كثيرون. يدعوكم مجلس الهجرة والاندماج إلى هذه الأمسية.</p><p>سعر الدخول 10 "
                "يورو، والسعر المخفّض 5 يورو. الأطفال حتى 14 سنة يدخلون مجانًا.</p>"
            ),
            "uk": (
                "<p>На сцені — міжнародний хор, курдський музичний гурт, струнний квартет "
                "музичної школи та багато інших. Рада з питань міграції та інтеграції запрошує на "
                "цей вечір.</p><p>Вхід коштує 10 євро, пільговий — 5 євро. Діти до 14 років — "
                "безкоштовно.</p>"
            ),
        },
    },
    {
        "organisation": "moscheeverein-kaiserslautern-west",
        "day": 8,
        "start": "11:00",
        "end": "16:00",
        "place": "moschee-west",
        "languages": ["de", "tr", "ar"],
        "target_groups": ["everyone"],
        "themes": ["begegnung-antirassismus"],
        "cost": "free",
        "step_free": True,
        "title": {
            "de": "Offene Moschee: Führungen und Teestube",
            "en": "Open mosque: guided tours and tea room",
            "ar": "المسجد المفتوح: جولات ومقهى للشاي",
            "uk": "Відкрита мечеть: екскурсії та чайна",
        },
        "summary": {
            "de": (
                "Der Moscheeverein öffnet seine Türen. Es gibt Führungen durch die Moschee, "
                "Gespräche über den Islam und Tee mit Gebäck."
            ),
            "en": (
                "The mosque association opens its doors, with guided tours of the mosque, "
                "conversations about Islam and tea with pastries."
            ),
            "ar": (
                "تفتح جمعية المسجد أبوابها: جولات في المسجد، وأحاديث عن الإسلام، وشاي مع معجنات."
            ),
            "uk": (
                "Об’єднання мечеті відчиняє свої двері: екскурсії мечеттю, розмови про іслам і "
                "чай із випічкою."
            ),
        },
        "description": {
            "de": (
                "<p>Mitglieder des Vereins zeigen Ihnen den Gebetsraum und erklären, wie das "
                "Gemeindeleben aussieht. Sie können alle Fragen stellen, die Sie schon immer "
                "hatten.</p><p>Führungen beginnen zu jeder vollen Stunde. Frauen und Männer sind "
                "gleichermaßen willkommen. Bitte ziehen Sie im Gebetsraum die Schuhe aus.</p>"
            ),
            "en": (
                "<p>Members of the association show you the prayer room and explain what "
                "community life is like. You can ask all the questions you have always "
                "had.</p><p>Tours start every hour on the hour. Women and men are equally "
                "welcome. Please take off your shoes in the prayer room.</p>"
            ),
            "ar": (
                "<p>يُريكم أعضاء الجمعية قاعة الصلاة ويشرحون كيف تبدو حياة الجماعة. يمكنكم طرح كل "
                "الأسئلة التي لطالما رغبتم في طرحها.</p><p>تبدأ الجولات في بداية كل ساعة. النساء "
                "والرجال مرحّب بهم على حدّ سواء. يُرجى خلع الأحذية في قاعة الصلاة.</p>"
            ),
            "uk": (
                "<p>Члени об’єднання покажуть вам молитовну залу й розкажуть про життя громади. "
                "Ви можете поставити всі запитання, які давно хотіли.</p><p>Екскурсії починаються "
                "щогодини. Жінки й чоловіки однаково бажані. У молитовній залі, будь ласка, "
                "знімайте взуття.</p>"
            ),
        },
    },
    {
        "organisation": "volkshochschule-kaiserslautern",
        "day": 8,
        "start": "14:00",
        "end": "16:00",
        "place": "rathaus",
        "languages": ["de", "en"],
        "target_groups": ["everyone"],
        "themes": ["begegnung-antirassismus"],
        "cost": "amount",
        "cost_amount": "4.00",
        "step_free": True,
        "title": {
            "de": "Stadtspaziergang: Spuren der Einwanderung in Kaiserslautern",
            "en": "City walk: traces of immigration in Kaiserslautern",
            "ar": "جولة في المدينة: آثار الهجرة في كايزرسلاوترن",
            "uk": "Прогулянка містом: сліди імміграції в Кайзерслаутерні",
        },
        "summary": {
            "de": (
                "Ein Rundgang durch die Innenstadt zu Orten, die von Einwanderung erzählen: von "
                "Gastarbeiterfamilien bis zur US-Community."
            ),
            "en": (
                "A walk through the city centre to places that tell stories of immigration: from "
                "guest worker families to the US community."
            ),
            "ar": (
                "جولة في وسط المدينة إلى أماكن تروي قصص الهجرة: من عائلات العمال الضيوف إلى "
                "الجالية الأمريكية."
            ),
            "uk": (
                "Прогулянка центром міста місцями, що розповідають про імміграцію: від родин "
                "гастарбайтерів до американської громади."
            ),
        },
        "description": {
            "de": (
                "<p>Kaiserslautern ist seit Jahrzehnten eine Stadt der Einwanderung. Auf dem "
                "Spaziergang hören Sie Geschichten portugiesischer und italienischer "
                "Gastarbeiterfamilien, der amerikanischen Nachbarn und von Menschen, die in den "
                "letzten Jahren gekommen sind.</p><p>Treffpunkt ist vor dem Rathaus. Der Rundgang "
                "dauert zwei Stunden und kostet 4 Euro.</p>"
            ),
            "en": (
                "<p>Kaiserslautern has been a city of immigration for decades. On the walk you "
                "hear stories of Portuguese and Italian guest worker families, of the American "
                "neighbours and of people who have come in recent years.</p><p>We meet in front "
                "of the town hall. The walk takes two hours and costs 4 euros.</p>"
            ),
            "ar": (
                "<p>كايزرسلاوترن مدينة هجرة منذ عقود. خلال الجولة تسمعون قصص عائلات العمال الضيوف "
                "البرتغاليين والإيطاليين، والجيران الأمريكيين، والأشخاص الذين جاؤوا في السنوات "
                "الأخيرة.</p><p>نلتقي أمام مبنى البلدية. تستغرق الجولة ساعتين وتكلّف 4 يورو.</p>"
            ),
            "uk": (
                "<p>Кайзерслаутерн уже десятиліттями є містом імміграції. Під час прогулянки ви "
                "почуєте історії португальських та італійських родин гастарбайтерів, "
                "американських сусідів і людей, які приїхали останніми "
                "роками.</p><p>Зустрічаємося перед ратушею. Прогулянка триває дві години й коштує "
                "4 євро.</p>"
            ),
        },
    },
    {
        "organisation": "deutsch-arabischer-kulturverein-al-dschisr",
        "day": 7,
        "start": "11:00",
        "end": "13:00",
        "place": "al-dschisr",
        "status": "submitted",
        "languages": ["de", "ar"],
        "target_groups": ["everyone"],
        "themes": ["begegnung-antirassismus"],
        "cost": "free",
        "step_free": False,
        "title": {
            "de": "Tanzworkshop: Dabke für alle",
            "en": "Dance workshop: dabke for everyone",
            "ar": "ورشة رقص: الدبكة للجميع",
            "uk": "Танцювальний воркшоп: дабке для всіх",
        },
        "summary": {
            "de": (
                "Dabke ist ein Reihentanz aus Syrien, dem Libanon und Palästina. Wir lernen die "
                "Grundschritte und tanzen gemeinsam."
            ),
            "en": (
                "Dabke is a line dance from Syria, Lebanon and Palestine. We learn the basic "
                "steps and dance together."
            ),
            "ar": ("الدبكة رقصة جماعية من سوريا ولبنان وفلسطين. نتعلّم الخطوات الأساسية ونرقص معًا."),
            "uk": (
                "Дабке — це лінійний танець із Сирії, Лівану та Палестини. Ми вивчаємо основні "
                "кроки й танцюємо разом."
            ),
        },
        "description": {
            "de": (
                "<p>Beim Dabke tanzen alle in einer Reihe und halten sich an den Händen. Eine "
                "Tanzlehrerin zeigt die Schritte langsam, sodass alle mitmachen "
                "können.</p><p>Bequeme Schuhe genügen. Der Workshop ist kostenlos.</p>"
            ),
            "en": (
                "<p>In dabke everyone dances in a line, holding hands. A dance teacher shows the "
                "steps slowly so that everyone can join in.</p><p>Comfortable shoes are all you "
                "need. The workshop is free.</p>"
            ),
            "ar": (
                "<p>في الدبكة يرقص الجميع في صفّ واحد ممسكين بأيدي بعضهم. تُري معلّمة رقص الخطوات "
                "ببطء حتى يتمكّن الجميع من المشاركة.</p><p>يكفي حذاء مريح. الورشة مجانية.</p>"
            ),
            "uk": (
                "<p>У дабке всі танцюють у ряд, тримаючись за руки. Викладачка танців повільно "
                "показує кроки, щоб усі могли долучитися.</p><p>Потрібне лише зручне взуття. "
                "Воркшоп безкоштовний.</p>"
            ),
        },
    },
    {
        "organisation": "katholische-pfarrei-heiliger-martin",
        "day": 8,
        "start": "10:00",
        "end": "13:00",
        "place": "st-martin",
        "status": "submitted",
        "languages": ["de"],
        "target_groups": ["families", "everyone"],
        "themes": ["sprachfoerderung"],
        "cost": "free",
        "step_free": True,
        "title": {
            "de": "Mehrsprachiger Bücherflohmarkt",
            "en": "Multilingual book flea market",
            "ar": "سوق كتب مستعملة متعدد اللغات",
            "uk": "Багатомовний книжковий ярмарок",
        },
        "summary": {
            "de": (
                "Kinderbücher, Romane und Wörterbücher in vielen Sprachen zum Tauschen und "
                "Kaufen. Der Erlös geht an die Hausaufgabenhilfe."
            ),
            "en": (
                "Children's books, novels and dictionaries in many languages to swap and buy. The "
                "proceeds go to the homework help."
            ),
            "ar": (
                "كتب أطفال وروايات وقواميس بلغات كثيرة للتبادل والشراء. يذهب الريع إلى المساعدة "
                "في الواجبات المدرسية."
            ),
            "uk": (
                "Дитячі книжки, романи та словники багатьма мовами для обміну й купівлі. Виручка "
                "піде на допомогу з домашніми завданнями."
            ),
        },
        "description": {
            "de": (
                "<p>Bringen Sie Bücher mit, die Sie nicht mehr brauchen, und nehmen Sie neue mit. "
                "Besonders gesucht sind Kinderbücher auf Arabisch, Ukrainisch, Türkisch und "
                "Dari.</p><p>Jedes Buch kostet 1 Euro. Der Erlös unterstützt die "
                "Hausaufgabenhilfe der Pfarrei.</p>"
            ),
            "en": (
                "<p>Bring books you no longer need and take new ones home. We are especially "
                "looking for children's books in Arabic, Ukrainian, Turkish and Dari.</p><p>Every "
                "book costs 1 euro. The proceeds support the parish's homework help.</p>"
            ),
            "ar": (
                "<p>أحضروا كتبًا لم تعودوا بحاجة إليها وخذوا كتبًا جديدة. نبحث خصوصًا عن كتب "
                "أطفال بالعربية والأوكرانية والتركية والدرية.</p><p>سعر كل كتاب 1 يورو. يدعم "
                "الريع برنامج المساعدة في الواجبات المدرسية في الأبرشية.</p>"
            ),
            "uk": (
                "<p>Приносьте книжки, які вам більше не потрібні, і забирайте нові. Особливо "
                "шукаємо дитячі книжки арабською, українською, турецькою та дарі.</p><p>Кожна "
                "книжка коштує 1 євро. Виручка підтримує допомогу з домашніми завданнями при "
                "парафії.</p>"
            ),
        },
    },
    {
        "organisation": "abz-migrationsberatung",
        "day": 5,
        "start": "14:00",
        "end": "17:00",
        "place": "abz",
        "status": "changes_requested",
        "review_note": (
            "Bitte ergänzen Sie, ob der Raum ohne Stufen erreichbar ist und in welchen Sprachen "
            "Sie helfen können."
        ),
        "languages": [],
        "target_groups": ["women", "everyone"],
        "themes": ["begegnung-antirassismus"],
        "cost": "free",
        "step_free": False,
        "title": {
            "de": "Nähcafé international",
            "en": "International sewing café",
            "ar": "مقهى الخياطة الدولي",
            "uk": "Міжнародне кафе шиття",
        },
        "summary": {
            "de": (
                "Zusammen nähen, flicken und plaudern. Nähmaschinen sind da, Stoffreste bitte "
                "mitbringen."
            ),
            "en": (
                "Sew, mend and chat together. Sewing machines are available; please bring fabric "
                "scraps."
            ),
            "ar": "نخيط ونرقّع ونتسامر معًا. ماكينات الخياطة متوفّرة، ويُرجى إحضار بقايا الأقمشة.",
            "uk": (
                "Разом шиємо, латаємо й спілкуємося. Швейні машини є, клаптики тканини, будь "
                "ласка, приносьте з собою."
            ),
        },
        "description": {
            "de": (
                "<p>Im Nähcafé reparieren wir Kleidung, nähen Taschen und tauschen Schnittmuster "
                "aus aller Welt. Erfahrene Näherinnen helfen Anfängerinnen und "
                "Anfängern.</p><p>Die Teilnahme ist kostenlos.</p>"
            ),
            "en": (
                "<p>At the sewing café we repair clothes, sew bags and swap patterns from all "
                "over the world. Experienced sewers help beginners.</p><p>Taking part is "
                "free.</p>"
            ),
            "ar": (
                "<p>في مقهى الخياطة نصلح الملابس ونخيط الحقائب ونتبادل أنماط الخياطة من كل أنحاء "
                "العالم. تساعد خيّاطات ذوات خبرة المبتدئين والمبتدئات.</p><p>المشاركة مجانية.</p>"
            ),
            "uk": (
                "<p>У кафе шиття ми ремонтуємо одяг, шиємо сумки й обмінюємося викрійками з "
                "усього світу. Досвідчені швачки допомагають початківцям.</p><p>Участь "
                "безкоштовна.</p>"
            ),
        },
    },
]
