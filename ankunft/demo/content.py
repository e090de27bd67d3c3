"""Demo content for Ankunft: regions, districts, declarations, organisations and signatures."""

from __future__ import annotations

# All people, phone numbers and e-mail addresses below are fictional.
# Phone numbers use the fictional ranges 0631 555 01xx and 02332 555 01xx.

REGIONS: list[dict] = [
    {
        "slug": "kaiserslautern",
        "name": "Kaiserslautern",
        "ags": "07312000",
        "default_language": "de",
        "languages": ["de", "en", "ar", "uk", "tr", "ru", "fa", "ro", "bg", "pl", "kmr", "ti"],
        "features": ["alliance", "offers", "guide", "events"],
        "contact_name": "Projektbüro Integration und Interkulturelle Angelegenheiten",
        "contact_email": "integration@kaiserslautern.example.org",
        "contact_phone": "0631 555 0100",
        "address": "Rathaus\nWilly-Brandt-Platz 1\n67657 Kaiserslautern",
        "imprint": {
            "de": (
                "Herausgeberin\n"
                "Stadt Kaiserslautern\n"
                "Projektbüro Integration und Interkulturelle Angelegenheiten\n"
                "Rathaus\n"
                "Willy-Brandt-Platz 1\n"
                "67657 Kaiserslautern\n"
                "Telefon: 0631 555 0100\n"
                "E-Mail: integration@kaiserslautern.example.org"
                "\n\n"
                "Die Stadt Kaiserslautern ist eine Gebietskörperschaft des öffentlichen Rechts. "
                "Sie wird durch die Oberbürgermeisterin oder den Oberbürgermeister gesetzlich vertreten. "
                "Aufsichtsbehörde ist die Aufsichts- und Dienstleistungsdirektion (ADD) in Trier."
                "\n\n"
                "Verantwortlich für den Inhalt nach § 18 Abs. 2 Medienstaatsvertrag: "
                "Katrin Lehmann, Projektbüro Integration und Interkulturelle Angelegenheiten, "
                "Anschrift wie oben."
                "\n\n"
                "Die Einträge der Partnerorganisationen verantworten die jeweiligen Organisationen. "
                "Für die Inhalte externer Websites, auf die wir verlinken, sind allein deren Betreiber verantwortlich."
                "\n\n"
                "Dies ist eine Demo-Installation der Software Ankunft. "
                "Alle Personen, Telefonnummern und E-Mail-Adressen sind frei erfunden."
            ),
            "en": (
                "Publisher\n"
                "City of Kaiserslautern\n"
                "Project Office for Integration and Intercultural Affairs\n"
                "Rathaus\n"
                "Willy-Brandt-Platz 1\n"
                "67657 Kaiserslautern, Germany\n"
                "Phone: +49 631 555 0100\n"
                "E-mail: integration@kaiserslautern.example.org"
                "\n\n"
                "The City of Kaiserslautern is a public-law regional authority. "
                "It is legally represented by its Lord Mayor. "
                "The supervisory authority is the Aufsichts- und Dienstleistungsdirektion (ADD) in Trier."
                "\n\n"
                "Responsible for the content under section 18 (2) of the German Interstate Media Treaty: "
                "Katrin Lehmann, Project Office for Integration and Intercultural Affairs, address as above."
                "\n\n"
                "Partner organisations are responsible for their own entries. "
                "The operators of external websites we link to are solely responsible for their content."
                "\n\n"
                "This is a demo installation of the Ankunft software. "
                "All people, phone numbers and e-mail addresses are fictional."
            ),
        },
        "privacy": {
            "de": (
                "Verantwortliche Stelle\n"
                "Stadt Kaiserslautern, Projektbüro Integration und Interkulturelle Angelegenheiten, "
                "Rathaus, Willy-Brandt-Platz 1, 67657 Kaiserslautern, integration@kaiserslautern.example.org"
                "\n\n"
                "Datenschutzbeauftragter\n"
                "Frank Albers, Stadt Kaiserslautern, datenschutz@kaiserslautern.example.org"
                "\n\n"
                "Unterzeichnung der Deklaration\n"
                "Wenn Sie die Deklaration „Bündnis für Integration“ unterzeichnen, speichern wir Ihren Namen, "
                "Ihre E-Mail-Adresse, gegebenenfalls Ihre Organisation und Website, den Text Ihrer Einwilligung "
                "und den Zeitpunkt. Nach der Prüfung veröffentlichen wir Ihren Namen und Ihre Organisation "
                "auf der Bündnisseite, wenn Sie dem zugestimmt haben. Ihre E-Mail-Adresse wird nie veröffentlicht. "
                "Rechtsgrundlage ist Ihre Einwilligung (Art. 6 Abs. 1 Buchst. a DSGVO). Sie können sie jederzeit "
                "widerrufen; dann löschen wir Ihre Unterschrift."
                "\n\n"
                "Benutzerkonten\n"
                "Für Konten von Mitarbeitenden der Stadt und der Partnerorganisationen speichern wir Name, "
                "E-Mail-Adresse, ein verschlüsselt gespeichertes Passwort, die bevorzugte Sprache und die "
                "Zugehörigkeit zu Organisationen. Rechtsgrundlage ist Art. 6 Abs. 1 Buchst. e DSGVO."
                "\n\n"
                "Server-Protokolle\n"
                "Beim Aufruf einer Seite speichert der Server die gekürzte IP-Adresse, Datum und Uhrzeit, "
                "die aufgerufene Adresse und den Browsertyp. Das dient dem sicheren Betrieb der Website "
                "(Art. 6 Abs. 1 Buchst. e DSGVO). Die Protokolle werden nach sieben Tagen gelöscht. "
                "Wir verwenden nur technisch notwendige Cookies und keine Analyse- oder Werbedienste."
                "\n\n"
                "Ihre Rechte\n"
                "Sie haben das Recht auf Auskunft, Berichtigung, Löschung, Einschränkung der Verarbeitung, "
                "Widerspruch und Datenübertragbarkeit. Auf der Seite „Mein Konto“ können Sie Ihre Daten "
                "selbst exportieren und Ihr Konto löschen. Sie können sich außerdem beim Landesbeauftragten "
                "für den Datenschutz und die Informationsfreiheit Rheinland-Pfalz beschweren."
            ),
            "en": (
                "Controller\n"
                "City of Kaiserslautern, Project Office for Integration and Intercultural Affairs, "
                "Rathaus, Willy-Brandt-Platz 1, 67657 Kaiserslautern, Germany, integration@kaiserslautern.example.org"
                "\n\n"
                "Data protection officer\n"
                "Frank Albers, City of Kaiserslautern, datenschutz@kaiserslautern.example.org"
                "\n\n"
                "Signing the declaration\n"
                "When you sign the declaration “Alliance for Integration”, we store your name, your e-mail "
                "address, your organisation and website if given, the text of your consent and the time. "
                "After review we publish your name and organisation on the alliance page if you agreed to this. "
                "Your e-mail address is never published. The legal basis is your consent (Art. 6(1)(a) GDPR). "
                "You can withdraw it at any time; we then delete your signature."
                "\n\n"
                "User accounts\n"
                "For accounts of city staff and partner organisations we store name, e-mail address, "
                "an encrypted password, the preferred language and membership of organisations. "
                "The legal basis is Art. 6(1)(e) GDPR."
                "\n\n"
                "Server logs\n"
                "When a page is requested, the server stores the shortened IP address, date and time, "
                "the requested address and the browser type. This keeps the website secure and running "
                "(Art. 6(1)(e) GDPR). Logs are deleted after seven days. "
                "We only use technically necessary cookies and no analytics or advertising services."
                "\n\n"
                "Your rights\n"
                "You have the right of access, rectification, erasure, restriction of processing, objection "
                "and data portability. On the “My account” page you can export your data and delete your "
                "account yourself. You can also complain to the State Commissioner for Data Protection and "
                "Freedom of Information of Rhineland-Palatinate."
            ),
        },
        "welcome": {
            "de": "Willkommen in Kaiserslautern! Hier finden Sie die Partner der Stadt für Integration. Sie bekommen Hilfe und Informationen in Ihrer Sprache.",
            "en": "Welcome to Kaiserslautern! Here you will find the city's partners for integration. You can get help and information in your language.",
            "ar": "أهلاً وسهلاً بكم في كايزرسلاوترن! هنا تجدون شركاء المدينة في مجال الاندماج. يمكنكم الحصول على المساعدة والمعلومات بلغتكم.",
            "uk": "Ласкаво просимо до Кайзерслаутерна! Тут ви знайдете партнерів міста з питань інтеграції. Ви можете отримати допомогу та інформацію своєю мовою.",
            "tr": "Kaiserslautern'e hoş geldiniz! Burada şehrin entegrasyon alanındaki ortaklarını bulabilirsiniz. Kendi dilinizde yardım ve bilgi alabilirsiniz.",
            "ru": "Добро пожаловать в Кайзерслаутерн! Здесь вы найдёте партнёров города по вопросам интеграции. Вы можете получить помощь и информацию на своём языке.",
            "fa": "به کایزرسلاوترن خوش آمدید! در اینجا شرکای شهر در زمینهٔ ادغام اجتماعی را پیدا می‌کنید. می‌توانید به زبان خودتان کمک و اطلاعات دریافت کنید.",
            "ro": "Bine ați venit în Kaiserslautern! Aici găsiți partenerii orașului pentru integrare. Puteți primi ajutor și informații în limba dumneavoastră.",
            "bg": "Добре дошли в Кайзерслаутерн! Тук ще намерите партньорите на града в областта на интеграцията. Можете да получите помощ и информация на своя език.",
            "pl": "Witamy w Kaiserslautern! Tutaj znajdą Państwo partnerów miasta w dziedzinie integracji. Mogą Państwo uzyskać pomoc i informacje w swoim języku.",
            "kmr": "Hûn bi xêr hatin Kaiserslauternê! Li vir hûn hevkarên bajêr ên ji bo entegrasyonê dibînin. Hûn dikarin bi zimanê xwe alîkarî û agahiyan bistînin.",
            "ti": "ናብ ካይዘርስላውተርን እንቋዕ ብደሓን መጻእኩም! ኣብዚ ንምውህሃድ ዝሰርሑ መሻርኽቲ ከተማ ክትረኽቡ ትኽእሉ ኢኹም። ብቋንቋኹም ሓገዝን ሓበሬታን ክትረኽቡ ትኽእሉ ኢኹም።",
        },
    },
    {
        "slug": "gevelsberg",
        "name": "Gevelsberg",
        "ags": "05954012",
        "default_language": "de",
        "languages": ["de", "en", "ar", "uk", "tr"],
        "features": ["alliance"],
        "contact_name": "Stadt Gevelsberg – Integration und Quartiersentwicklung",
        "contact_email": "integration@gevelsberg.example.org",
        "contact_phone": "02332 555 0100",
        "address": "Rathaus\nRathausplatz 1\n58285 Gevelsberg",
        "imprint": {
            "de": (
                "Herausgeberin\n"
                "Stadt Gevelsberg\n"
                "Integration und Quartiersentwicklung\n"
                "Rathaus\n"
                "Rathausplatz 1\n"
                "58285 Gevelsberg\n"
                "Telefon: 02332 555 0100\n"
                "E-Mail: integration@gevelsberg.example.org"
                "\n\n"
                "Die Stadt Gevelsberg ist eine Gebietskörperschaft des öffentlichen Rechts. "
                "Sie wird durch die Bürgermeisterin oder den Bürgermeister gesetzlich vertreten."
                "\n\n"
                "Verantwortlich für den Inhalt nach § 18 Abs. 2 Medienstaatsvertrag: "
                "Sandra Wiegand, Integration und Quartiersentwicklung, Anschrift wie oben."
                "\n\n"
                "Die Einträge der Partnerorganisationen verantworten die jeweiligen Organisationen. "
                "Für die Inhalte externer Websites sind allein deren Betreiber verantwortlich."
                "\n\n"
                "Dies ist eine Demo-Installation der Software Ankunft. "
                "Alle Personen, Telefonnummern und E-Mail-Adressen sind frei erfunden."
            ),
            "en": (
                "Publisher\n"
                "Town of Gevelsberg\n"
                "Integration and Neighbourhood Development\n"
                "Rathaus\n"
                "Rathausplatz 1\n"
                "58285 Gevelsberg, Germany\n"
                "Phone: +49 2332 555 0100\n"
                "E-mail: integration@gevelsberg.example.org"
                "\n\n"
                "The Town of Gevelsberg is a public-law regional authority. "
                "It is legally represented by its mayor."
                "\n\n"
                "Responsible for the content under section 18 (2) of the German Interstate Media Treaty: "
                "Sandra Wiegand, Integration and Neighbourhood Development, address as above."
                "\n\n"
                "Partner organisations are responsible for their own entries. "
                "The operators of external websites are solely responsible for their content."
                "\n\n"
                "This is a demo installation of the Ankunft software. "
                "All people, phone numbers and e-mail addresses are fictional."
            ),
        },
        "privacy": {
            "de": (
                "Verantwortliche Stelle\n"
                "Stadt Gevelsberg, Integration und Quartiersentwicklung, Rathausplatz 1, 58285 Gevelsberg, "
                "integration@gevelsberg.example.org"
                "\n\n"
                "Datenschutzbeauftragte\n"
                "Jana Haberland, Stadt Gevelsberg, datenschutz@gevelsberg.example.org"
                "\n\n"
                "Unterzeichnung der Erklärung\n"
                "Wenn Sie die Erklärung unterzeichnen, speichern wir Ihren Namen, Ihre E-Mail-Adresse, "
                "gegebenenfalls Ihre Organisation, den Text Ihrer Einwilligung und den Zeitpunkt. Nach der Prüfung "
                "veröffentlichen wir Ihren Namen und Ihre Organisation, wenn Sie dem zugestimmt haben. "
                "Ihre E-Mail-Adresse wird nie veröffentlicht. Rechtsgrundlage ist Ihre Einwilligung "
                "(Art. 6 Abs. 1 Buchst. a DSGVO), die Sie jederzeit widerrufen können."
                "\n\n"
                "Benutzerkonten und Server-Protokolle\n"
                "Für Benutzerkonten speichern wir Name, E-Mail-Adresse, ein verschlüsselt gespeichertes Passwort "
                "und die bevorzugte Sprache. Der Server protokolliert die gekürzte IP-Adresse, Zeitpunkt, "
                "aufgerufene Adresse und Browsertyp und löscht diese Daten nach sieben Tagen. "
                "Rechtsgrundlage ist Art. 6 Abs. 1 Buchst. e DSGVO."
                "\n\n"
                "Ihre Rechte\n"
                "Sie haben das Recht auf Auskunft, Berichtigung, Löschung, Einschränkung, Widerspruch und "
                "Datenübertragbarkeit. Auf der Seite „Mein Konto“ können Sie Ihre Daten exportieren und Ihr Konto "
                "löschen. Beschwerden richten Sie an die Landesbeauftragte für Datenschutz und "
                "Informationsfreiheit Nordrhein-Westfalen."
            ),
            "en": (
                "Controller\n"
                "Town of Gevelsberg, Integration and Neighbourhood Development, Rathausplatz 1, "
                "58285 Gevelsberg, Germany, integration@gevelsberg.example.org"
                "\n\n"
                "Data protection officer\n"
                "Jana Haberland, Town of Gevelsberg, datenschutz@gevelsberg.example.org"
                "\n\n"
                "Signing the declaration\n"
                "When you sign the declaration, we store your name, your e-mail address, your organisation "
                "if given, the text of your consent and the time. After review we publish your name and "
                "organisation if you agreed to this. Your e-mail address is never published. The legal basis "
                "is your consent (Art. 6(1)(a) GDPR), which you can withdraw at any time."
                "\n\n"
                "User accounts and server logs\n"
                "For user accounts we store name, e-mail address, an encrypted password and the preferred "
                "language. The server logs the shortened IP address, time, requested address and browser type "
                "and deletes these data after seven days. The legal basis is Art. 6(1)(e) GDPR."
                "\n\n"
                "Your rights\n"
                "You have the right of access, rectification, erasure, restriction, objection and data "
                "portability. On the “My account” page you can export your data and delete your account. "
                "You can complain to the State Commissioner for Data Protection and Freedom of Information "
                "of North Rhine-Westphalia."
            ),
        },
        "welcome": {
            "de": "Willkommen in Gevelsberg! Hier finden Sie die Partner der Stadt für Integration. Sie bekommen Hilfe und Informationen in Ihrer Sprache.",
            "en": "Welcome to Gevelsberg! Here you will find the town's partners for integration. You can get help and information in your language.",
            "ar": "أهلاً وسهلاً بكم في غيفلسبيرغ! هنا تجدون شركاء المدينة في مجال الاندماج. يمكنكم الحصول على المساعدة والمعلومات بلغتكم.",
            "uk": "Ласкаво просимо до Гевельсберга! Тут ви знайдете партнерів міста з питань інтеграції. Ви можете отримати допомогу та інформацію своєю мовою.",
            "tr": "Gevelsberg'e hoş geldiniz! Burada şehrin entegrasyon alanındaki ortaklarını bulabilirsiniz. Kendi dilinizde yardım ve bilgi alabilirsiniz.",
        },
    },
]

DISTRICTS: dict[str, list[dict]] = {
    "kaiserslautern": [
        {
            "key": "innenstadt-ost",
            "name": "Innenstadt Ost",
            "kind": "stadtteil",
            "population": 9800,
            "centre": [49.4447, 7.7725],
        },
        {
            "key": "innenstadt-suedwest",
            "name": "Innenstadt Südwest",
            "kind": "stadtteil",
            "population": 10500,
            "centre": [49.4372, 7.7622],
        },
        {
            "key": "innenstadt-west-kotten",
            "name": "Innenstadt West/Kotten",
            "kind": "stadtteil",
            "population": 11000,
            "centre": [49.4448, 7.7555],
        },
        {
            "key": "innenstadt-nord-kaiserberg",
            "name": "Innenstadt Nord/Kaiserberg",
            "kind": "stadtteil",
            "population": 9500,
            "centre": [49.4535, 7.7690],
        },
        {
            "key": "gruebentaelchen-volkspark",
            "name": "Grübentälchen/Volkspark",
            "kind": "stadtteil",
            "population": 8000,
            "centre": [49.4385, 7.7860],
        },
        {
            "key": "betzenberg",
            "name": "Betzenberg",
            "kind": "stadtteil",
            "population": 5500,
            "centre": [49.4325, 7.7745],
        },
        {
            "key": "laemmchesberg-universitaetswohnstadt",
            "name": "Lämmchesberg/Universitätswohnstadt",
            "kind": "stadtteil",
            "population": 7800,
            "centre": [49.4285, 7.7570],
        },
        {
            "key": "baennjerrueck-karl-pfaff-siedlung",
            "name": "Bännjerrück/Karl-Pfaff-Siedlung",
            "kind": "stadtteil",
            "population": 6800,
            "centre": [49.4335, 7.7420],
        },
        {
            "key": "kaiserslautern-west",
            "name": "Kaiserslautern-West",
            "kind": "stadtteil",
            "population": 12000,
            "centre": [49.4410, 7.7300],
        },
        {
            "key": "dansenberg",
            "name": "Dansenberg",
            "kind": "ortsbezirk",
            "population": 2400,
            "centre": [49.4105, 7.7560],
        },
        {
            "key": "einsiedlerhof",
            "name": "Einsiedlerhof",
            "kind": "ortsbezirk",
            "population": 1400,
            "centre": [49.4415, 7.6620],
        },
        {
            "key": "erfenbach",
            "name": "Erfenbach",
            "kind": "ortsbezirk",
            "population": 2400,
            "centre": [49.4700, 7.7100],
        },
        {
            "key": "erlenbach",
            "name": "Erlenbach",
            "kind": "ortsbezirk",
            "population": 2200,
            "centre": [49.4795, 7.7510],
        },
        {
            "key": "erzhuetten-wiesenthalerhof",
            "name": "Erzhütten-Wiesenthalerhof",
            "kind": "ortsbezirk",
            "population": 2300,
            "centre": [49.4565, 7.8000],
        },
        {
            "key": "hohenecken",
            "name": "Hohenecken",
            "kind": "ortsbezirk",
            "population": 3100,
            "centre": [49.4190, 7.7195],
        },
        {
            "key": "moelschbach",
            "name": "Mölschbach",
            "kind": "ortsbezirk",
            "population": 800,
            "centre": [49.4040, 7.8060],
        },
        {
            "key": "morlautern",
            "name": "Morlautern",
            "kind": "ortsbezirk",
            "population": 2700,
            "centre": [49.4785, 7.7830],
        },
        {
            "key": "siegelbach",
            "name": "Siegelbach",
            "kind": "ortsbezirk",
            "population": 2600,
            "centre": [49.4725, 7.6850],
        },
    ],
    "gevelsberg": [
        {
            "key": "innenstadt",
            "name": "Innenstadt",
            "kind": "stadtteil",
            "population": 13900,
            "centre": [51.3214, 7.3399],
        },
        {
            "key": "vogelsang",
            "name": "Vogelsang",
            "kind": "stadtteil",
            "population": 5200,
            "centre": [51.3235, 7.3600],
        },
        {
            "key": "berge-knapp",
            "name": "Berge-Knapp",
            "kind": "stadtteil",
            "population": 2700,
            "centre": [51.3320, 7.3540],
        },
        {
            "key": "berge-heck",
            "name": "Berge-Heck",
            "kind": "stadtteil",
            "population": 2100,
            "centre": [51.3385, 7.3470],
        },
        {
            "key": "asbeck",
            "name": "Asbeck",
            "kind": "stadtteil",
            "population": 2900,
            "centre": [51.3375, 7.3190],
        },
        {
            "key": "silschede",
            "name": "Silschede",
            "kind": "stadtteil",
            "population": 3900,
            "centre": [51.3530, 7.3620],
        },
    ],
}

DECLARATIONS: dict[str, dict] = {
    "kaiserslautern": {
        "title": {
            "de": "Deklaration – Bündnis für Integration",
            "en": "Declaration – Alliance for Integration",
        },
        "body": {
            "de": (
                "Kaiserslautern ist in Geschichte und Gegenwart vertraut im Umgang mit Menschen aus anderen Ländern und Kulturen. "
                "Ethnische und religiöse Vielfalt sind in unserer Stadt seit Jahrzehnten gesellschaftliche Realität, "
                "Menschen aus mehr als 140 Nationen leben friedlich zusammen."
                "\n\n"
                "Weltweite Flüchtlingsbewegungen brachten und bringen viele Menschen in unsere Stadt, "
                "die aufgrund von Kriegen und Krisen ihre Heimat verlassen mussten. "
                "Sie hoffen, ein neues Leben in Frieden aufbauen und führen zu können."
                "\n\n"
                "Unsere Kommune stellt sich dieser Herausforderung der Aufnahme und Integration, "
                "erkennt darin auch eine Chance zur Weiterentwicklung und will diese nutzen."
                "\n\n"
                "Der Rat der Stadt Kaiserslautern ruft zu einem Bündnis für Integration in unserer Stadt auf."
                "\n\n"
                "Aus einem Zusammenschluss von Stadtrat, zivilgesellschaftlichen Akteuren, Wirtschaft, Vereinen, "
                "Verbänden und sozialen Einrichtungen, Hochschulen und Universität, Bildungs- und Qualifizierungsträgern, "
                "Kirchen und bürgerschaftlich Engagierten soll ein starkes, stadtgemeinschaftlich geschlossenes "
                "Bekenntnis einer Willkommens- und Aufnahmebereitschaft entstehen."
                "\n\n"
                "Konkrete Angebote zur Teilhabe und Mitgestaltung unserer Gesellschaft sollen verstärkt und gebündelt werden. "
                "Weitere Ausbildungs- und Beschäftigungsmöglichkeiten sollen geschaffen, der Zugang zu diesen erleichtert werden."
            ),
            "en": (
                "Kaiserslautern, in its history and today, is used to living with people from other countries and cultures. "
                "Ethnic and religious diversity has been a social reality in our city for decades; "
                "people from more than 140 nations live together peacefully."
                "\n\n"
                "Refugee movements around the world have brought, and still bring, many people to our city "
                "who had to leave their homes because of wars and crises. "
                "They hope to build and lead a new life in peace."
                "\n\n"
                "Our municipality accepts this challenge of reception and integration, "
                "also sees in it an opportunity for further development and intends to use it."
                "\n\n"
                "The Council of the City of Kaiserslautern calls for an Alliance for Integration in our city."
                "\n\n"
                "The city council, civil society actors, business, clubs, associations and social institutions, "
                "universities of applied sciences and the university, education and training providers, "
                "churches and engaged citizens are to join together in a strong commitment, shared by the whole "
                "city community, to welcoming and receiving newcomers."
                "\n\n"
                "Concrete offers for taking part in and helping to shape our society are to be strengthened and bundled. "
                "Further training and employment opportunities are to be created, and access to them made easier."
            ),
        },
        "consent": {
            "de": (
                "Ich unterstütze die Deklaration „Bündnis für Integration“. Ich bin einverstanden, dass mein Name "
                "und gegebenenfalls der Name meiner Organisation nach Prüfung durch die Stadt auf der Bündnisseite "
                "veröffentlicht werden. Meine E-Mail-Adresse wird nur für diesen Zweck verwendet und nicht "
                "veröffentlicht. Ich kann meine Einwilligung jederzeit widerrufen."
            ),
            "en": (
                "I support the declaration “Alliance for Integration”. I agree that my name and, if given, the name "
                "of my organisation may be published on the alliance page once the city has approved my signature. "
                "My e-mail address is used only for this purpose and is not published. I can withdraw my consent "
                "at any time."
            ),
        },
        "guidelines": [
            {
                "de": "Für ein zukunftsfähiges und leistungsstarkes Kaiserslautern möchten wir Chancen zur Teilhabe befördern, die Potenziale der Menschen mit Migrationshintergrund erkennen, bedarfsgerechte Qualifikationen anbieten und sie bestmöglich in den Ausbildungs- und Arbeitsmarkt integrieren.",
                "en": "For a sustainable and strong Kaiserslautern, we want to promote opportunities for participation, recognise the potential of people with a migration background, offer qualifications that meet their needs and integrate them as well as possible into vocational training and the labour market.",
            },
            {
                "de": "Für ein interkulturelles und offenes Kaiserslautern möchten wir Raum für Begegnungen schaffen, bei denen im respektvollen Miteinander eine Willkommens- und Anerkennungskultur gelebt wird und gemeinsame Interessen wahrgenommen werden können.",
                "en": "For an intercultural and open Kaiserslautern, we want to create space for encounters in which a culture of welcome and recognition is lived in respectful coexistence and shared interests can be pursued.",
            },
            {
                "de": "Für ein lebenswertes und attraktives Kaiserslautern möchten wir das Wohn- und Lebensumfeld in unseren Stadträumen familienfreundlich gestalten, und offene, durchmischte Quartiere mit einer bedarfsgerechten Infrastruktur und angemessenem Wohnraum ermöglichen.",
                "en": "For a liveable and attractive Kaiserslautern, we want to make the housing and living environment in our neighbourhoods family-friendly and enable open, mixed neighbourhoods with infrastructure that meets people's needs and adequate housing.",
            },
            {
                "de": "Für ein harmonisches und buntes Miteinander in Kaiserslautern möchten wir gesellschaftliche Regeln erfahrbar und heimische Lebenswelten zugänglich und erlebbar machen. Wir unterstützen die Aktivierung und Beteiligung aller Menschen für eine vielfältige Stadtgesellschaft.",
                "en": "For a harmonious and colourful life together in Kaiserslautern, we want to make social rules tangible and local ways of life accessible and open to experience. We support the activation and participation of all people for a diverse urban society.",
            },
        ],
    },
    "gevelsberg": {
        "title": {
            "de": "Erklärung – Gevelsberg hält zusammen",
            "en": "Declaration – Gevelsberg stands together",
        },
        "body": {
            "de": (
                "Gevelsberg ist eine Stadt, in der Menschen aus vielen Ländern zu Hause sind. "
                "Manche kamen vor Jahrzehnten zum Arbeiten, andere suchen heute Schutz vor Krieg und Verfolgung. "
                "Sie alle gehören zu unserer Stadtgesellschaft."
                "\n\n"
                "Ankommen gelingt in der Nachbarschaft: in Kita und Schule, im Verein, am Arbeitsplatz und im Haus nebenan. "
                "Deshalb wollen Stadt, soziale Träger, Vereine, Kirchen, Unternehmen und engagierte Bürgerinnen und Bürger "
                "enger zusammenarbeiten."
                "\n\n"
                "Mit dieser Erklärung bekennen wir uns zu einem offenen und respektvollen Miteinander "
                "und machen unsere Angebote für neu Zugewanderte sichtbar."
            ),
            "en": (
                "Gevelsberg is a town where people from many countries are at home. "
                "Some came decades ago to work, others are seeking protection from war and persecution today. "
                "All of them are part of our town's community."
                "\n\n"
                "Arriving succeeds in the neighbourhood: in day care and school, in clubs, at work and next door. "
                "That is why the town, social service providers, clubs, churches, businesses and engaged citizens "
                "want to work together more closely."
                "\n\n"
                "With this declaration we commit ourselves to an open and respectful life together "
                "and make our offers for newcomers visible."
            ),
        },
        "consent": {
            "de": (
                "Ich unterstütze die Erklärung „Gevelsberg hält zusammen“. Ich bin einverstanden, dass mein Name "
                "und gegebenenfalls der Name meiner Organisation nach Prüfung durch die Stadt veröffentlicht werden. "
                "Meine E-Mail-Adresse wird nur für diesen Zweck verwendet und nicht veröffentlicht. "
                "Ich kann meine Einwilligung jederzeit widerrufen."
            ),
            "en": (
                "I support the declaration “Gevelsberg stands together”. I agree that my name and, if given, the name "
                "of my organisation may be published once the town has approved my signature. "
                "My e-mail address is used only for this purpose and is not published. "
                "I can withdraw my consent at any time."
            ),
        },
        "guidelines": [
            {
                "de": "Wir machen Angebote zu Sprache, Bildung und Arbeit leicht auffindbar und verständlich.",
                "en": "We make offers on language, education and work easy to find and easy to understand.",
            },
            {
                "de": "Wir schaffen Orte der Begegnung in den Quartieren, besonders dort, wo viele Menschen neu ankommen.",
                "en": "We create meeting places in the neighbourhoods, especially where many people are newly arriving.",
            },
            {
                "de": "Wir beteiligen Zugewanderte an Entscheidungen, die ihr Leben in Gevelsberg betreffen.",
                "en": "We involve immigrants in decisions that affect their lives in Gevelsberg.",
            },
        ],
    },
}

SECTORS = [
    "council",
    "civil_society",
    "business",
    "club",
    "association",
    "social_institution",
    "university",
    "education_provider",
    "church",
    "migrant_organisation",
    "citizen",
]

ORGANISATIONS: dict[str, list[dict]] = {
    "kaiserslautern": [
        {
            "slug": "projektbuero-integration",
            "name": "Stadt Kaiserslautern – Projektbüro Integration",
            "sector": "council",
            "description": {
                "de": "Das Projektbüro Integration und Interkulturelle Angelegenheiten koordiniert die Integrationsarbeit der Stadt. Es betreut das Integrationskonzept, den Innovationsfonds und das Bündnis für Integration.",
                "en": "The Project Office for Integration and Intercultural Affairs coordinates the city's integration work. It looks after the integration concept, the innovation fund and the Alliance for Integration.",
            },
            "street": "Willy-Brandt-Platz 1",
            "postcode": "67657",
            "city": "Kaiserslautern",
            "district": "innenstadt-ost",
            "website": "https://integration.kaiserslautern.example.org",
            "email": "integration@kaiserslautern.example.org",
            "phone": "0631 555 0101",
            "signed": True,
        },
        {
            "slug": "beirat-migration-integration",
            "name": "Beirat für Migration und Integration Kaiserslautern",
            "sector": "council",
            "description": {
                "de": "Der gewählte Beirat vertritt seit 2009 die Interessen der Menschen mit Migrationsgeschichte gegenüber Stadtrat und Verwaltung. Er gestaltet die Interkulturelle Woche mit.",
                "en": "Since 2009 the elected council has represented the interests of people with a migration history towards the city council and administration. It co-organises the Intercultural Week.",
            },
            "street": "Willy-Brandt-Platz 1",
            "postcode": "67657",
            "city": "Kaiserslautern",
            "district": "innenstadt-ost",
            "website": "https://beirat-migration.kaiserslautern.example.org",
            "email": "beirat@kaiserslautern.example.org",
            "phone": "0631 555 0102",
            "signed": True,
        },
        {
            "slug": "caritas-zentrum-kaiserslautern",
            "name": "Caritas-Zentrum Kaiserslautern",
            "sector": "social_institution",
            "description": {
                "de": "Das Caritas-Zentrum bietet Migrationsberatung für Erwachsene an und leitet das Netzwerk Migration und Integration. Es organisiert die Interkulturelle Woche mit dem Markt der Begegnung.",
                "en": "The Caritas centre offers migration advice for adults and runs the Migration and Integration Network. It organises the Intercultural Week with its Market of Encounter.",
            },
            "street": "Engelsgasse 5",
            "postcode": "67657",
            "city": "Kaiserslautern",
            "district": "innenstadt-ost",
            "website": "https://caritas-zentrum.kaiserslautern.example.org",
            "email": "migration@caritas-kl.example.org",
            "phone": "0631 555 0103",
            "signed": True,
        },
        {
            "slug": "drk-kreisverband-kaiserslautern",
            "name": "DRK Kreisverband Kaiserslautern-Stadt",
            "sector": "association",
            "description": {
                "de": "Der DRK-Kreisverband berät Zugewanderte in der Migrationsberatung für Erwachsene. Ehrenamtliche helfen bei Behördengängen und im Alltag.",
                "en": "The Red Cross district branch advises immigrants in its migration advice service for adults. Volunteers help with visits to public offices and everyday life.",
            },
            "street": "Augustastraße 12",
            "postcode": "67655",
            "city": "Kaiserslautern",
            "district": "innenstadt-suedwest",
            "website": "https://drk.kaiserslautern.example.org",
            "email": "migration@drk-kl.example.org",
            "phone": "0631 555 0104",
            "signed": True,
        },
        {
            "slug": "abz-migrationsberatung",
            "name": "ABZ Kaiserslautern – Migrationsberatung",
            "sector": "social_institution",
            "description": {
                "de": "Das ABZ bietet Migrationsberatung für Erwachsene: zu Aufenthalt, Sprachkursen, Arbeit, Wohnen und Familie.",
                "en": "The ABZ offers migration advice for adults on residence, language courses, work, housing and family.",
            },
            "street": "Pirmasenser Straße 43",
            "postcode": "67655",
            "city": "Kaiserslautern",
            "district": "innenstadt-suedwest",
            "website": "https://abz.kaiserslautern.example.org",
            "email": "beratung@abz-kl.example.org",
            "phone": "0631 555 0105",
            "signed": True,
        },
        {
            "slug": "ib-jugendmigrationsdienst",
            "name": "Internationaler Bund – Jugendmigrationsdienst Kaiserslautern",
            "sector": "social_institution",
            "description": {
                "de": "Der Jugendmigrationsdienst begleitet junge Zugewanderte von 12 bis 27 Jahren bei Schule, Ausbildung und Beruf.",
                "en": "The youth migration service supports young immigrants aged 12 to 27 with school, vocational training and work.",
            },
            "street": "Pariser Straße 21",
            "postcode": "67655",
            "city": "Kaiserslautern",
            "district": "innenstadt-west-kotten",
            "website": "https://jmd.kaiserslautern.example.org",
            "email": "jmd@ib-kl.example.org",
            "phone": "0631 555 0106",
            "signed": True,
        },
        {
            "slug": "volkshochschule-kaiserslautern",
            "name": "Volkshochschule Kaiserslautern",
            "sector": "education_provider",
            "description": {
                "de": "Die Volkshochschule ist die größte Integrationsschule der Region. Sie bietet jedes Jahr rund 190 Deutschkurse an, dazu Integrations- und Orientierungskurse.",
                "en": "The adult education centre is the largest integration school in the region. Every year it offers about 190 German courses as well as integration and orientation courses.",
            },
            "street": "Kanalstraße 5",
            "postcode": "67655",
            "city": "Kaiserslautern",
            "district": "innenstadt-ost",
            "website": "https://volkshochschule.kaiserslautern.example.org",
            "email": "info@vhs-kl.example.org",
            "phone": "0631 555 0107",
            "signed": True,
        },
        {
            "slug": "lernzentrum-kaiserslautern",
            "name": "Lernzentrum Kaiserslautern",
            "sector": "education_provider",
            "description": {
                "de": "Im Lernzentrum üben Erwachsene in ihrem Tempo Deutsch, Lesen und Schreiben. Lernbegleiterinnen und Lernbegleiter helfen auch bei Bewerbungen.",
                "en": "At the learning centre adults practise German, reading and writing at their own pace. Learning mentors also help with job applications.",
            },
            "street": "Fackelstraße 14",
            "postcode": "67655",
            "city": "Kaiserslautern",
            "district": "innenstadt-ost",
            "website": "https://lernzentrum.kaiserslautern.example.org",
            "email": "lernen@lernzentrum-kl.example.org",
            "phone": "0631 555 0108",
            "signed": True,
        },
        {
            "slug": "jobcenter-kaiserslautern",
            "name": "Jobcenter Kaiserslautern",
            "sector": "social_institution",
            "description": {
                "de": "Das Jobcenter unterstützt Menschen im Bürgergeld bei der Suche nach Arbeit und Ausbildung. Es fördert Sprach- und Berufskurse.",
                "en": "The job centre helps people receiving citizen's income to find work and training. It funds language and vocational courses.",
            },
            "street": "Mannheimer Straße 48",
            "postcode": "67657",
            "city": "Kaiserslautern",
            "district": "innenstadt-nord-kaiserberg",
            "website": "https://jobcenter.kaiserslautern.example.org",
            "email": "kontakt@jobcenter-kl.example.org",
            "phone": "0631 555 0109",
            "signed": False,
        },
        {
            "slug": "freiwilligen-agentur-kaiserslautern",
            "name": "Freiwilligen Agentur Kaiserslautern",
            "sector": "civil_society",
            "description": {
                "de": "Die Freiwilligen Agentur im Rathaus Nord vermittelt ehrenamtliches Engagement, zum Beispiel Lernpatenschaften und Begleitung im Alltag. Sie gewinnt gezielt auch Zugewanderte für das Ehrenamt.",
                "en": "The volunteer agency in Rathaus Nord matches people with volunteering, for example learning mentorships and everyday support. It also actively invites immigrants to volunteer.",
            },
            "street": "Benzinoring 1 (Rathaus Nord)",
            "postcode": "67657",
            "city": "Kaiserslautern",
            "district": "innenstadt-nord-kaiserberg",
            "website": "https://freiwilligen-agentur.kaiserslautern.example.org",
            "email": "engagement@freiwilligen-agentur-kl.example.org",
            "phone": "0631 555 0110",
            "signed": True,
        },
        {
            "slug": "deutsch-amerikanisches-buergerbuero",
            "name": "Deutsch-Amerikanisches Bürgerbüro",
            "sector": "council",
            "description": {
                "de": "Das Bürgerbüro im Rathaus Nord berät seit 2003 US-Bürgerinnen und -Bürger in Stadt und Landkreis auf Englisch, etwa zu Wohnen, Behörden und Freizeit.",
                "en": "Since 2003 the citizens' office in Rathaus Nord has advised US citizens in the city and district in English, for example on housing, public offices and leisure.",
            },
            "street": "Benzinoring 1 (Rathaus Nord)",
            "postcode": "67657",
            "city": "Kaiserslautern",
            "district": "innenstadt-nord-kaiserberg",
            "website": "https://buergerbuero.kaiserslautern.example.org",
            "email": "gaco@kaiserslautern.example.org",
            "phone": "0631 555 0111",
            "signed": True,
        },
        {
            "slug": "vielfalter-kl",
            "name": "Vielfalter KL e.V.",
            "sector": "civil_society",
            "description": {
                "de": "Der Verein lädt jede Woche zum World Café ein. Dort treffen sich Alteingesessene und Neuangekommene bei Kaffee, Gesprächen und Spielen.",
                "en": "The association hosts a weekly World Café where long-time residents and newcomers meet for coffee, conversation and games.",
            },
            "street": "Marktstraße 38",
            "postcode": "67655",
            "city": "Kaiserslautern",
            "district": "innenstadt-ost",
            "website": "https://vielfalter.kaiserslautern.example.org",
            "email": "hallo@vielfalter-kl.example.org",
            "phone": "0631 555 0112",
            "signed": True,
        },
        {
            "slug": "forum-interreligioeser-dialog",
            "name": "Forum interreligiöser Dialog Kaiserslautern",
            "sector": "civil_society",
            "description": {
                "de": "Im Forum kommen christliche, jüdische, muslimische und weitere Gemeinden ins Gespräch. Es lädt zu Besuchen in Gotteshäusern und zu gemeinsamen Feiern ein.",
                "en": "The forum brings Christian, Jewish, Muslim and other communities into dialogue. It invites people to visit places of worship and to celebrate together.",
            },
            "street": "Logenstraße 10",
            "postcode": "67655",
            "city": "Kaiserslautern",
            "district": "innenstadt-ost",
            "website": "https://dialog.kaiserslautern.example.org",
            "email": "forum@dialog-kl.example.org",
            "phone": "0631 555 0113",
            "signed": True,
        },
        {
            "slug": "rptu-kaiserslautern",
            "name": "Rheinland-Pfälzische Technische Universität Kaiserslautern-Landau (RPTU)",
            "sector": "university",
            "description": {
                "de": "Das International Office der RPTU berät internationale Studierende und Forschende. Geflüchtete können sich zu Studium und Anerkennung von Abschlüssen beraten lassen.",
                "en": "The RPTU International Office advises international students and researchers. Refugees can get advice on studying and the recognition of qualifications.",
            },
            "street": "Gottlieb-Daimler-Straße 42",
            "postcode": "67663",
            "city": "Kaiserslautern",
            "district": "laemmchesberg-universitaetswohnstadt",
            "website": "https://international.rptu.example.org",
            "email": "international@rptu.example.org",
            "phone": "0631 555 0114",
            "signed": True,
        },
        {
            "slug": "hochschule-kaiserslautern",
            "name": "Hochschule Kaiserslautern",
            "sector": "university",
            "description": {
                "de": "Die Hochschule bietet Vorbereitungskurse und Beratung für internationale Studieninteressierte. Studierende engagieren sich als Buddies für Neuankommende.",
                "en": "The university of applied sciences offers preparatory courses and advice for international applicants. Students volunteer as buddies for newcomers.",
            },
            "street": "Schoenstraße 13",
            "postcode": "67659",
            "city": "Kaiserslautern",
            "district": "innenstadt-nord-kaiserberg",
            "website": "https://international.hs-kl.example.org",
            "email": "international@hs-kl.example.org",
            "phone": "0631 555 0115",
            "signed": False,
        },
        {
            "slug": "protestantische-stiftskirchengemeinde",
            "name": "Protestantische Stiftskirchengemeinde Kaiserslautern",
            "sector": "church",
            "description": {
                "de": "Die Gemeinde an der Stiftskirche betreibt ein Begegnungscafé und eine Kleiderkammer. Ehrenamtliche geben Sprachtreffs für Frauen.",
                "en": "The parish at the Stiftskirche runs a meeting café and a clothing store. Volunteers hold language meetings for women.",
            },
            "street": "Stiftsplatz 5",
            "postcode": "67655",
            "city": "Kaiserslautern",
            "district": "innenstadt-ost",
            "website": "https://stiftskirche.kaiserslautern.example.org",
            "email": "gemeinde@stiftskirche-kl.example.org",
            "phone": "0631 555 0116",
            "signed": True,
        },
        {
            "slug": "katholische-pfarrei-heiliger-martin",
            "name": "Katholische Pfarrei Heiliger Martin Kaiserslautern",
            "sector": "church",
            "description": {
                "de": "Die Pfarrei bietet Hausaufgabenhilfe für Kinder und einen offenen Mittagstisch. Sie arbeitet eng mit dem Caritas-Zentrum zusammen.",
                "en": "The parish offers homework help for children and an open lunch table. It works closely with the Caritas centre.",
            },
            "street": "Martinsplatz 6",
            "postcode": "67657",
            "city": "Kaiserslautern",
            "district": "innenstadt-ost",
            "website": "https://st-martin.kaiserslautern.example.org",
            "email": "pfarrbuero@st-martin-kl.example.org",
            "phone": "0631 555 0117",
            "signed": True,
        },
        {
            "slug": "moscheeverein-kaiserslautern-west",
            "name": "Islamischer Kultur- und Moscheeverein Kaiserslautern-West e.V.",
            "sector": "church",
            "description": {
                "de": "Der Moscheeverein lädt zum Tag der offenen Moschee und zu Iftar-Abenden für alle ein. Er bietet Deutsch-Lerngruppen für Frauen an.",
                "en": "The mosque association invites everyone to its open mosque day and to iftar evenings. It offers German study groups for women.",
            },
            "street": "Slevogtstraße 30",
            "postcode": "67663",
            "city": "Kaiserslautern",
            "district": "kaiserslautern-west",
            "website": "https://moschee-west.kaiserslautern.example.org",
            "email": "kontakt@moschee-kl-west.example.org",
            "phone": "0631 555 0118",
            "signed": True,
        },
        {
            "slug": "tus-kotten",
            "name": "TuS Kotten 1904 e.V.",
            "sector": "club",
            "description": {
                "de": "Der Sportverein hat Fußball-, Turn- und Schwimmgruppen für alle Altersgruppen. Neuankommende können kostenlos mittrainieren.",
                "en": "The sports club has football, gymnastics and swimming groups for all ages. Newcomers can join training for free.",
            },
            "street": "Königstraße 112",
            "postcode": "67655",
            "city": "Kaiserslautern",
            "district": "innenstadt-west-kotten",
            "website": "https://tus-kotten.example.org",
            "email": "info@tus-kotten.example.org",
            "phone": "0631 555 0119",
            "signed": False,
        },
        {
            "slug": "ihk-pfalz-kaiserslautern",
            "name": "IHK Pfalz – Geschäftsstelle Kaiserslautern",
            "sector": "business",
            "description": {
                "de": "Die Industrie- und Handelskammer berät Unternehmen zur Ausbildung und Beschäftigung von Zugewanderten. Sie informiert über die Anerkennung ausländischer Berufsabschlüsse.",
                "en": "The Chamber of Commerce and Industry advises companies on training and employing immigrants. It informs about the recognition of foreign vocational qualifications.",
            },
            "street": "Europaallee 18",
            "postcode": "67657",
            "city": "Kaiserslautern",
            "district": None,
            "website": "https://kaiserslautern.ihk-pfalz.example.org",
            "email": "fachkraefte@ihk-pfalz.example.org",
            "phone": "0631 555 0120",
            "signed": True,
        },
        {
            "slug": "handwerkskammer-der-pfalz",
            "name": "Handwerkskammer der Pfalz",
            "sector": "business",
            "description": {
                "de": "Die Handwerkskammer vermittelt Praktika und Ausbildungsplätze im Handwerk. Ihre Willkommenslotsen unterstützen Betriebe und junge Geflüchtete.",
                "en": "The Chamber of Crafts arranges internships and apprenticeships in skilled trades. Its welcome guides support businesses and young refugees.",
            },
            "street": "Am Altenhof 17",
            "postcode": "67655",
            "city": "Kaiserslautern",
            "district": "innenstadt-ost",
            "website": "https://hwk-pfalz.example.org",
            "email": "ausbildung@hwk-pfalz.example.org",
            "phone": "0631 555 0121",
            "signed": True,
        },
        {
            "slug": "bau-ag-kaiserslautern",
            "name": "Bau AG Kaiserslautern",
            "sector": "business",
            "description": {
                "de": "Die städtische Wohnungsbaugesellschaft vermietet bezahlbare Wohnungen in vielen Stadtteilen. Ihre Quartiersbüros helfen bei Fragen rund ums Wohnen.",
                "en": "The municipal housing company rents out affordable flats in many districts. Its neighbourhood offices help with questions about housing.",
            },
            "street": "Fischerstraße 27",
            "postcode": "67655",
            "city": "Kaiserslautern",
            "district": "innenstadt-suedwest",
            "website": "https://bau-ag.kaiserslautern.example.org",
            "email": "vermietung@bau-ag-kl.example.org",
            "phone": "0631 555 0122",
            "signed": False,
        },
        {
            "slug": "deutsch-arabischer-kulturverein-al-dschisr",
            "name": "Deutsch-Arabischer Kulturverein Al-Dschisr e.V.",
            "sector": "migrant_organisation",
            "description": {
                "de": "Al-Dschisr heißt „die Brücke“. Der Verein begleitet arabischsprachige Familien zu Ämtern und Schulen und bietet Arabischunterricht für Kinder an.",
                "en": "Al-Dschisr means “the bridge”. The association accompanies Arabic-speaking families to public offices and schools and offers Arabic lessons for children.",
            },
            "street": "Eisenbahnstraße 54",
            "postcode": "67655",
            "city": "Kaiserslautern",
            "district": "innenstadt-suedwest",
            "website": "https://al-dschisr.example.org",
            "email": "info@al-dschisr.example.org",
            "phone": "0631 555 0123",
            "signed": True,
        },
        {
            "slug": "ukrainischer-verein-mrija",
            "name": "Ukrainischer Verein Mrija Kaiserslautern e.V.",
            "sector": "migrant_organisation",
            "description": {
                "de": "Der Verein unterstützt Geflüchtete aus der Ukraine mit Beratung auf Ukrainisch, Elterntreffs und Kulturabenden.",
                "en": "The association supports refugees from Ukraine with advice in Ukrainian, parents' meetings and cultural evenings.",
            },
            "street": "Donnersbergstraße 27",
            "postcode": "67657",
            "city": "Kaiserslautern",
            "district": "innenstadt-nord-kaiserberg",
            "website": "https://mrija-kl.example.org",
            "email": "kontakt@mrija-kl.example.org",
            "phone": "0631 555 0124",
            "signed": True,
        },
    ],
    "gevelsberg": [
        {
            "slug": "stadt-gevelsberg-integration",
            "name": "Stadt Gevelsberg – Integration und Quartiersentwicklung",
            "sector": "council",
            "description": {
                "de": "Die Stadt koordiniert die Integrationsarbeit und die Arbeit in den Ankunftsquartieren. Sie ist Modellkommune im Forschungsprojekt „Ankunftsquartiere gestalten“.",
                "en": "The town coordinates integration work and the work in its arrival neighbourhoods. It is a model municipality in the research project “Shaping arrival neighbourhoods”.",
            },
            "street": "Rathausplatz 1",
            "postcode": "58285",
            "city": "Gevelsberg",
            "district": "innenstadt",
            "website": "https://integration.gevelsberg.example.org",
            "email": "integration@gevelsberg.example.org",
            "phone": "02332 555 0101",
            "signed": True,
        },
        {
            "slug": "vhs-ennepe-ruhr-sued",
            "name": "Volkshochschule Ennepe-Ruhr-Süd",
            "sector": "education_provider",
            "description": {
                "de": "Die Volkshochschule bietet Integrationskurse, Alphabetisierungskurse und Deutsch für den Beruf an.",
                "en": "The adult education centre offers integration courses, literacy courses and German for work.",
            },
            "street": "Mittelstraße 62",
            "postcode": "58285",
            "city": "Gevelsberg",
            "district": "innenstadt",
            "website": "https://vhs-en-sued.example.org",
            "email": "info@vhs-en-sued.example.org",
            "phone": "02332 555 0102",
            "signed": True,
        },
        {
            "slug": "awo-ennepe-ruhr-migrationsberatung",
            "name": "AWO Ennepe-Ruhr – Migrationsberatung",
            "sector": "social_institution",
            "description": {
                "de": "Die Migrationsberatung hilft bei Anträgen, Aufenthaltsfragen und der Suche nach Sprachkursen. Beratung gibt es auch auf Arabisch und Türkisch.",
                "en": "The migration advice service helps with applications, residence questions and finding language courses. Advice is also available in Arabic and Turkish.",
            },
            "street": "Hagener Straße 41",
            "postcode": "58285",
            "city": "Gevelsberg",
            "district": "vogelsang",
            "website": "https://migration.awo-en.example.org",
            "email": "migration@awo-en.example.org",
            "phone": "02332 555 0103",
            "signed": True,
        },
        {
            "slug": "evangelische-kirchengemeinde-gevelsberg",
            "name": "Evangelische Kirchengemeinde Gevelsberg",
            "sector": "church",
            "description": {
                "de": "Die Gemeinde lädt jeden Donnerstag zum Internationalen Frauenfrühstück ein und bietet Sprachpatenschaften an.",
                "en": "The parish hosts an international women's breakfast every Thursday and offers language mentorships.",
            },
            "street": "Elberfelder Straße 20",
            "postcode": "58285",
            "city": "Gevelsberg",
            "district": "innenstadt",
            "website": "https://ev-kirche.gevelsberg.example.org",
            "email": "gemeindebuero@ev-kirche-gevelsberg.example.org",
            "phone": "02332 555 0104",
            "signed": True,
        },
        {
            "slug": "bauverein-gevelsberg",
            "name": "Bauverein Gevelsberg eG",
            "sector": "business",
            "description": {
                "de": "Die Wohnungsgenossenschaft hat viele Wohnungen in Berge-Knapp. Sie stellt einen Raum für den Nachbarschaftstreff zur Verfügung.",
                "en": "The housing cooperative owns many flats in Berge-Knapp. It provides a room for the neighbourhood meeting point.",
            },
            "street": "Mittelstraße 30",
            "postcode": "58285",
            "city": "Gevelsberg",
            "district": "innenstadt",
            "website": "https://bauverein.gevelsberg.example.org",
            "email": "info@bauverein-gevelsberg.example.org",
            "phone": "02332 555 0105",
            "signed": False,
        },
        {
            "slug": "deutsch-tuerkischer-kulturverein-gevelsberg",
            "name": "Deutsch-Türkischer Kulturverein Gevelsberg e.V.",
            "sector": "migrant_organisation",
            "description": {
                "de": "Der Verein organisiert Elternabende auf Türkisch und Deutsch und hilft Jugendlichen bei der Suche nach einem Ausbildungsplatz.",
                "en": "The association organises parents' evenings in Turkish and German and helps young people find an apprenticeship.",
            },
            "street": "Hagener Straße 88",
            "postcode": "58285",
            "city": "Gevelsberg",
            "district": "vogelsang",
            "website": "https://dtkv-gevelsberg.example.org",
            "email": "info@dtkv-gevelsberg.example.org",
            "phone": "02332 555 0106",
            "signed": True,
        },
    ],
}

CITIZEN_SIGNATURES: dict[str, list[dict]] = {
    "kaiserslautern": [
        {
            "name": "Lena Brandtner",
            "email": "lena.brandtner@example.org",
            "show_publicly": True,
            "status": "approved",
        },
        {
            "name": "Yusuf Demirel",
            "email": "yusuf.demirel@example.org",
            "show_publicly": True,
            "status": "approved",
        },
        {
            "name": "Olena Kowaltschuk",
            "email": "olena.kowaltschuk@example.org",
            "show_publicly": True,
            "status": "approved",
        },
        {
            "name": "Samira Haddad-Linke",
            "email": "samira.haddad@example.org",
            "show_publicly": False,
            "status": "approved",
        },
        {
            "name": "Markus Feldbacher",
            "email": "markus.feldbacher@example.org",
            "show_publicly": True,
            "status": "pending",
        },
        {
            "name": "Ioana Petrescu-Wolf",
            "email": "ioana.petrescu@example.org",
            "show_publicly": True,
            "status": "pending",
        },
    ],
    "gevelsberg": [
        {
            "name": "Petra Schultebraucks",
            "email": "petra.schultebraucks@example.org",
            "show_publicly": True,
            "status": "approved",
        },
        {
            "name": "Mehmet Aydınlı",
            "email": "mehmet.aydinli@example.org",
            "show_publicly": True,
            "status": "pending",
        },
    ],
}

PENDING_ORGANISATION_SIGNATURES: dict[str, list[dict]] = {
    "kaiserslautern": [
        {
            "organisation_name": "Afghanischer Frauenverein Kaiserslautern e.V.",
            "sector": "migrant_organisation",
            "name": "Farida Noorzai",
            "email": "farida.noorzai@example.org",
            "website": "https://afghanischer-frauenverein-kl.example.org",
            "district": "kaiserslautern-west",
        },
        {
            "organisation_name": "FV Morlautern 1921 e.V.",
            "sector": "club",
            "name": "Jens Kaltenbacher",
            "email": "jugend@fv-morlautern.example.org",
            "website": "https://fv-morlautern.example.org",
            "district": "morlautern",
        },
        {
            "organisation_name": "Bäckerei Arslan & Sohn",
            "sector": "business",
            "name": "Zeynep Arslanoğlu",
            "email": "zeynep@baeckerei-arslan.example.org",
            "website": "https://baeckerei-arslan.example.org",
            "district": "innenstadt-west-kotten",
        },
    ],
    "gevelsberg": [
        {
            "organisation_name": "Nachbarschaftsgarten Knapp e.V.",
            "sector": "civil_society",
            "name": "Birgit Hollmannsdorf",
            "email": "birgit.hollmannsdorf@example.org",
            "website": "https://garten-knapp.example.org",
            "district": "berge-knapp",
        },
    ],
}
