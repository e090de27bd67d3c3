"""Generated offers for load tests and benchmarks: many realistic-looking offers, quickly.

Texts are built from small word lists per language. The lists of a category are aligned by
meaning across languages, so an offer's translations talk about the same things. Words are
drawn with falling weights, so a common word appears in a few per cent of the offers and a
rare one in few; generated names of contact people give the vocabulary a long tail.

Rows are written in batches with `bulk_create` and indexed into the same search table,
facets and vocabulary as `services.offer_index` writes (by `BatchIndexer`, or by
`offer_index` itself with `batch_index=False`): the search sees generated offers exactly as
it sees real ones. Everything is derived from a seed and the offer's number, so a run is
reproducible and a later run continues where the last one stopped.
"""

from __future__ import annotations

import datetime
import hashlib
import random
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from django.db import transaction
from django.utils import timezone

from ankunft.core.models import District, Region
from ankunft.offers import services
from ankunft.offers.indexing import BatchIndexer
from ankunft.offers.models import (
    Cost,
    Offer,
    OfferLocation,
    OfferStatus,
    OpeningHours,
    Place,
    TargetGroup,
    Theme,
)
from ankunft.organisations.models import Organisation, Sector

EXTERNAL_ID_PREFIX = "gen-"
ORGANISATION_PREFIX = "gen-org-"
ORGANISATION_COUNT = 400
DEFAULT_BATCH_SIZE = 1000
# Every offer has a German text; each other language of the region is present this often.
TRANSLATED_SHARE = 0.5
ENGLISH_SHARE = 0.7
DEFAULT_CENTRE = (Decimal("49.444700"), Decimal("7.768900"))

# --- Word lists ------------------------------------------------------------------------------
# topics: per category, phrases aligned by meaning across languages (most frequent first).
# common: general words, also aligned. glue: short function words. contact: "contact person".

CATEGORY_KEYS = [
    "language_course",
    "counselling",
    "education",
    "work_training",
    "housing",
    "health",
    "children_family",
    "leisure_encounter",
    "legal_residence",
    "emergency_help",
]
CATEGORY_WEIGHTS = [18, 16, 10, 10, 7, 9, 10, 10, 5, 5]


@dataclass(frozen=True)
class Lexicon:
    topics: dict[str, list[str]]
    common: list[str]
    glue: list[str]
    contact: str


def _split(text: str) -> list[str]:
    return [part.strip() for part in text.split("|")]


def _lexicon(topics: Sequence[str], common: str, glue: str, contact: str) -> Lexicon:
    return Lexicon(
        topics={key: _split(text) for key, text in zip(CATEGORY_KEYS, topics, strict=True)},
        common=_split(common),
        glue=_split(glue),
        contact=contact,
    )


LEXICONS: dict[str, Lexicon] = {
    "de": _lexicon(
        [
            "Deutschkurs|Integrationskurs|Sprachcafé|Alphabetisierungskurs|Konversationskurs|"
            "Deutschprüfung|Grammatik|Aussprache|Unterricht|Lernen|Berufssprachkurs|Lesekurs",
            "Beratung|Migrationsberatung|Sozialberatung|Schuldnerberatung|Sprechstunde|"
            "Erstberatung|Familienberatung|Begleitung|Flüchtlingsberatung|Jugendmigrationsdienst",
            "Schule|Hausaufgabenhilfe|Nachhilfe|Schulabschluss|Studium|Computerkurs|Bibliothek|"
            "Weiterbildung|Bildungsberatung|Lesepaten",
            "Arbeit|Ausbildung|Bewerbungstraining|Jobcenter|Berufsanerkennung|Praktikum|"
            "Arbeitsmarkt|Lebenslauf|Jobsuche|Berufsorientierung|Qualifizierung",
            "Wohnung|Wohnungssuche|Mietvertrag|Mieterberatung|Wohngeld|Unterkunft|Nebenkosten|"
            "Umzug|Nachbarschaft|Miete|Wohnberechtigungsschein",
            "Gesundheit|Arztbesuch|Krankenversicherung|Impfung|Hebamme|Psychotherapie|"
            "Schwangerschaft|Zahnarzt|Vorsorge|Traumaberatung|Gesundheitslotsen",
            "Kinder|Familie|Kinderbetreuung|Kita|Elterncafé|Spielgruppe|Eltern|Erziehung|"
            "Familienzentrum|Krabbelgruppe|Babytreff",
            "Begegnung|Treffpunkt|Frauentreff|Sportverein|Fußballtraining|Nähcafé|Kochabend|"
            "Ausflug|Chor|Gemeinschaftsgarten|Musik|Spieleabend",
            "Aufenthalt|Aufenthaltsrecht|Asylverfahren|Einbürgerung|Rechtsberatung|"
            "Ausländerbehörde|Familiennachzug|Aufenthaltserlaubnis|Anhörung|Widerspruch|Duldung",
            "Notfall|Nothilfe|Kleiderkammer|Tafel|Lebensmittel|Notunterkunft|Krisenberatung|"
            "Gewaltschutz|Frauenhaus|Soforthilfe|Obdachlosenhilfe",
        ],
        "Hilfe|Termin|kostenlos|Frauen|Männer|Jugendliche|Angebot|Anmeldung|Gruppe|Stadt|"
        "Information|Unterstützung|wöchentlich|Anfänger|Fortgeschrittene|Ehrenamtliche|Fragen|"
        "Unterlagen|Dolmetscher|Neuzugewanderte"
        "|Kosten|Zertifikat|Stadtteil|Nachmittag|Vormittag|Abend|Ort|Sprache|Teilnahme|Erfahrung",
        "für|und|mit|im|in|am|von|bei|nach|alle|jeden|zum",
        "Ansprechperson",
    ),
    "en": _lexicon(
        [
            "German course|integration course|language café|literacy course|conversation class|"
            "German exam|grammar|pronunciation|lessons|learning",
            "counselling|migration counselling|social counselling|debt advice|drop-in hours|"
            "first consultation|family counselling|accompaniment|refugee advice|"
            "youth migration service",
            "school|homework help|tutoring|school certificate|university|computer course|library|"
            "further education|education advice|reading mentors",
            "work|apprenticeship|application training|job centre|recognition of qualifications|"
            "internship|labour market|CV|job search|career guidance|qualification",
            "flat|housing search|tenancy agreement|tenant advice|housing benefit|accommodation|"
            "utility costs|moving house|neighbourhood|rent",
            "health|doctor visit|health insurance|vaccination|midwife|psychotherapy|pregnancy|"
            "dentist|check-up|trauma counselling|health guides",
            "children|family|childcare|nursery|parents café|playgroup|parents|parenting|"
            "family centre|toddler group|baby meeting",
            "encounter|meeting point|women's group|sports club|football training|sewing café|"
            "cooking evening|excursion|choir|community garden|music|games night",
            "residence|residence law|asylum procedure|naturalisation|legal advice|"
            "immigration office|family reunification|residence permit|hearing|appeal|toleration",
            "emergency|emergency aid|clothing store|food bank|food|emergency shelter|"
            "crisis counselling|protection from violence|women's shelter|immediate help",
        ],
        "help|appointment|free of charge|women|men|young people|offer|registration|group|city|"
        "information|support|weekly|beginners|advanced|volunteers|questions|documents|"
        "interpreter|newcomers"
        "|costs|certificate|district|afternoon|morning|evening|place|language|participation|experience",
        "for|and|with|in|at|on|of|the|by|all|every|to",
        "Contact person",
    ),
    "ar": _lexicon(
        [
            "دورة اللغة الألمانية|دورة الاندماج|مقهى اللغة|دورة محو الأمية|دورة محادثة|"
            "امتحان اللغة|القواعد|النطق|دروس|تعلم",
            "استشارة|استشارة الهجرة|الاستشارة الاجتماعية|استشارة الديون|ساعات الاستقبال|"
            "استشارة أولى|استشارة عائلية|مرافقة|استشارة اللاجئين|خدمة هجرة الشباب",
            "مدرسة|مساعدة في الواجبات المدرسية|دروس تقوية|شهادة مدرسية|جامعة|دورة حاسوب|"
            "مكتبة|تعليم مستمر|استشارة تعليمية",
            "عمل|تدريب مهني|تدريب على طلبات العمل|مركز العمل|الاعتراف بالشهادات|تدريب عملي|"
            "سوق العمل|سيرة ذاتية|البحث عن عمل",
            "سكن|البحث عن شقة|عقد الإيجار|استشارة المستأجرين|إعانة السكن|مأوى|تكاليف إضافية|"
            "انتقال|الجيران|إيجار",
            "صحة|زيارة الطبيب|التأمين الصحي|تطعيم|قابلة|علاج نفسي|حمل|طبيب أسنان|فحص وقائي|"
            "صدمة نفسية",
            "أطفال|عائلة|رعاية الأطفال|روضة|مقهى الآباء|مجموعة لعب|الوالدين|تربية|مركز الأسرة",
            "لقاء|نقطة التقاء|لقاء النساء|نادي رياضي|تدريب كرة القدم|مقهى الخياطة|أمسية طبخ|"
            "رحلة|جوقة|حديقة مشتركة|موسيقى",
            "إقامة|قانون الإقامة|إجراءات اللجوء|التجنيس|استشارة قانونية|دائرة الأجانب|"
            "لم شمل الأسرة|تصريح الإقامة|جلسة استماع|اعتراض",
            "طوارئ|مساعدة طارئة|ملابس مجانية|بنك الطعام|مواد غذائية|مأوى طارئ|استشارة الأزمات|"
            "الحماية من العنف|بيت النساء|مساعدة فورية",
        ],
        "مساعدة|موعد|مجاني|نساء|رجال|شباب|عرض|تسجيل|مجموعة|المدينة|معلومات|دعم|أسبوعيا|"
        "مبتدئين|متقدمين|متطوعين|أسئلة|وثائق|مترجم|القادمين الجدد"
        "|تكاليف|شهادة|الحي|بعد الظهر|صباحا|مساء|مكان|لغة|مشاركة|خبرة",
        "في|مع|من|على|إلى|لكل|أو|عن|بدون",
        "جهة الاتصال",
    ),
    "uk": _lexicon(
        [
            "курс німецької мови|інтеграційний курс|мовне кафе|курс грамотності|розмовний курс|"
            "мовний іспит|граматика|вимова|уроки|навчання",
            "консультація|міграційна консультація|соціальна консультація|консультація з боргів|"
            "години прийому|перша консультація|сімейна консультація|супровід",
            "школа|допомога з домашніми завданнями|репетиторство|шкільний атестат|університет|"
            "комп'ютерний курс|бібліотека|підвищення кваліфікації",
            "робота|професійне навчання|тренінг з подання заявок|центр зайнятості|"
            "визнання дипломів|практика|ринок праці|резюме|пошук роботи",
            "житло|пошук квартири|договір оренди|консультація для орендарів|житлова допомога|"
            "притулок|комунальні послуги|переїзд|сусідство|оренда",
            "здоров'я|візит до лікаря|медичне страхування|щеплення|акушерка|психотерапія|"
            "вагітність|стоматолог|профілактика|травма",
            "діти|сім'я|догляд за дітьми|дитячий садок|кафе для батьків|ігрова група|батьки|"
            "виховання|сімейний центр",
            "зустріч|місце зустрічі|жіночий клуб|спортивний клуб|футбольне тренування|кафе шиття|"
            "кулінарний вечір|екскурсія|хор|спільний сад|музика",
            "перебування|право на перебування|процедура надання притулку|натуралізація|"
            "юридична консультація|відомство у справах іноземців|возз'єднання сім'ї|"
            "дозвіл на проживання|слухання|оскарження",
            "надзвичайна ситуація|невідкладна допомога|безкоштовний одяг|продуктовий банк|"
            "продукти|екстрений притулок|кризова консультація|захист від насильства|"
            "жіночий притулок|негайна допомога",
        ],
        "допомога|запис|безкоштовно|жінки|чоловіки|молодь|пропозиція|реєстрація|група|місто|"
        "інформація|підтримка|щотижня|початківці|досвідчені|волонтери|питання|документи|"
        "перекладач|новоприбулі"
        "|витрати|сертифікат|район|після обіду|зранку|ввечері|місце|мова|участь|досвід",
        "для|та|з|у|на|від|при|після|всі|кожен",
        "Контактна особа",
    ),
    "tr": _lexicon(
        [
            "Almanca kursu|uyum kursu|dil kafesi|okuma yazma kursu|konuşma kursu|dil sınavı|"
            "dilbilgisi|telaffuz|dersler|öğrenme",
            "danışmanlık|göç danışmanlığı|sosyal danışmanlık|borç danışmanlığı|görüşme saatleri|"
            "ilk görüşme|aile danışmanlığı|rehberlik",
            "okul|ödev yardımı|özel ders|okul diploması|üniversite|bilgisayar kursu|kütüphane|"
            "mesleki gelişim",
            "iş|meslek eğitimi|başvuru eğitimi|iş ajansı|diploma denkliği|staj|iş piyasası|"
            "özgeçmiş|iş arama",
            "konut|ev arama|kira sözleşmesi|kiracı danışmanlığı|konut yardımı|barınma|"
            "yan giderler|taşınma|komşuluk|kira",
            "sağlık|doktor ziyareti|sağlık sigortası|aşı|ebe|psikoterapi|hamilelik|diş hekimi|"
            "koruyucu muayene|travma",
            "çocuklar|aile|çocuk bakımı|kreş|veli kafesi|oyun grubu|ebeveynler|çocuk eğitimi|"
            "aile merkezi",
            "buluşma|buluşma noktası|kadın buluşması|spor kulübü|futbol antrenmanı|dikiş kafesi|"
            "yemek akşamı|gezi|koro|topluluk bahçesi|müzik",
            "oturum|oturum hakkı|sığınma prosedürü|vatandaşlığa geçiş|hukuki danışmanlık|"
            "yabancılar dairesi|aile birleşimi|oturma izni|duruşma|itiraz",
            "acil durum|acil yardım|ücretsiz giysi|gıda bankası|gıda|acil barınak|"
            "kriz danışmanlığı|şiddetten korunma|kadın sığınma evi|anında yardım",
        ],
        "yardım|randevu|ücretsiz|kadınlar|erkekler|gençler|teklif|kayıt|grup|şehir|bilgi|"
        "destek|haftalık|yeni başlayanlar|ileri seviye|gönüllüler|sorular|belgeler|tercüman|"
        "yeni gelenler"
        "|masraflar|sertifika|semt|öğleden sonra|sabah|akşam|yer|dil|katılım|deneyim",
        "için|ve|ile|de|da|bir|her|tüm|sonra",
        "İletişim kişisi",
    ),
    "ru": _lexicon(
        [
            "курс немецкого языка|интеграционный курс|языковое кафе|курс грамотности|"
            "разговорный курс|языковой экзамен|грамматика|произношение|уроки|обучение",
            "консультация|миграционная консультация|социальная консультация|"
            "консультация по долгам|приёмные часы|первичная консультация|семейная консультация|"
            "сопровождение",
            "школа|помощь с домашними заданиями|репетиторство|школьный аттестат|университет|"
            "компьютерный курс|библиотека|повышение квалификации",
            "работа|профессиональное обучение|тренинг по составлению заявлений|центр занятости|"
            "признание дипломов|практика|рынок труда|резюме|поиск работы",
            "жильё|поиск квартиры|договор аренды|консультация для арендаторов|"
            "жилищное пособие|приют|коммунальные услуги|переезд|соседи|аренда",
            "здоровье|визит к врачу|медицинская страховка|прививка|акушерка|психотерапия|"
            "беременность|стоматолог|профилактика|травма",
            "дети|семья|присмотр за детьми|детский сад|кафе для родителей|игровая группа|"
            "родители|воспитание|семейный центр",
            "встреча|место встречи|женский клуб|спортивный клуб|футбольная тренировка|кафе шитья|"
            "кулинарный вечер|экскурсия|хор|общий сад|музыка",
            "пребывание|право на пребывание|процедура убежища|натурализация|"
            "юридическая консультация|ведомство по делам иностранцев|воссоединение семьи|"
            "вид на жительство|слушание|обжалование",
            "экстренная ситуация|неотложная помощь|бесплатная одежда|продуктовый банк|продукты|"
            "экстренный приют|кризисная консультация|защита от насилия|женский приют|"
            "немедленная помощь",
        ],
        "помощь|запись|бесплатно|женщины|мужчины|молодёжь|предложение|регистрация|группа|"
        "город|информация|поддержка|еженедельно|начинающие|продвинутые|волонтёры|вопросы|"
        "документы|переводчик|новоприбывшие"
        "|расходы|сертификат|район|после обеда|утром|вечером|место|язык|участие|опыт",
        "для|и|с|в|на|от|по|после|все|каждый",
        "Контактное лицо",
    ),
    "fa": _lexicon(
        [
            "کلاس زبان آلمانی|دوره ادغام|کافه زبان|کلاس سوادآموزی|کلاس مکالمه|آزمون زبان|"
            "دستور زبان|تلفظ|درس|یادگیری",
            "مشاوره|مشاوره مهاجرت|مشاوره اجتماعی|مشاوره بدهی|ساعات پذیرش|مشاوره اولیه|"
            "مشاوره خانواده|همراهی",
            "مدرسه|کمک در تکالیف|کلاس تقویتی|مدرک مدرسه|دانشگاه|کلاس کامپیوتر|کتابخانه|"
            "آموزش تکمیلی",
            "کار|آموزش حرفه‌ای|آموزش درخواست کار|اداره کار|به رسمیت شناختن مدارک|کارآموزی|"
            "بازار کار|رزومه|جستجوی کار",
            "مسکن|جستجوی آپارتمان|قرارداد اجاره|مشاوره مستاجران|کمک هزینه مسکن|اقامتگاه|"
            "هزینه‌های جانبی|اسباب‌کشی|همسایگی|اجاره",
            "سلامت|مراجعه به پزشک|بیمه درمانی|واکسیناسیون|ماما|روان‌درمانی|بارداری|دندانپزشک|"
            "معاینه پیشگیرانه|آسیب روانی",
            "کودکان|خانواده|نگهداری از کودکان|مهدکودک|کافه والدین|گروه بازی|والدین|تربیت|"
            "مرکز خانواده",
            "دیدار|محل دیدار|دورهمی زنان|باشگاه ورزشی|تمرین فوتبال|کافه خیاطی|شب آشپزی|گردش|"
            "گروه کر|باغ مشترک|موسیقی",
            "اقامت|حق اقامت|روند پناهندگی|تابعیت|مشاوره حقوقی|اداره اتباع خارجی|پیوستن خانواده|"
            "اجازه اقامت|مصاحبه|اعتراض",
            "اضطراری|کمک اضطراری|لباس رایگان|بانک غذا|مواد غذایی|پناهگاه اضطراری|مشاوره بحران|"
            "محافظت در برابر خشونت|خانه امن زنان|کمک فوری",
        ],
        "کمک|وقت ملاقات|رایگان|زنان|مردان|جوانان|پیشنهاد|ثبت‌نام|گروه|شهر|اطلاعات|پشتیبانی|"
        "هفتگی|مبتدیان|پیشرفته|داوطلبان|سوالات|مدارک|مترجم|تازه‌واردان"
        "|هزینه‌ها|گواهی|محله|بعدازظهر|صبح|عصر|مکان|زبان|شرکت|تجربه",
        "برای|با|در|از|به|هر|همه|بدون|تا",
        "مسئول تماس",
    ),
    "ro": _lexicon(
        [
            "curs de limba germană|curs de integrare|cafenea lingvistică|curs de alfabetizare|"
            "curs de conversație|examen de limbă|gramatică|pronunție|lecții|învățare",
            "consiliere|consiliere pentru migranți|consiliere socială|consiliere privind datoriile|"
            "program de consultații|prima consultație|consiliere familială|însoțire",
            "școală|ajutor la teme|meditații|diplomă școlară|universitate|curs de calculator|"
            "bibliotecă|formare continuă",
            "muncă|formare profesională|training pentru aplicații|agenția de muncă|"
            "recunoașterea diplomelor|stagiu|piața muncii|CV|căutare de loc de muncă",
            "locuință|căutare de apartament|contract de închiriere|consiliere pentru chiriași|"
            "ajutor pentru locuință|cazare|utilități|mutare|vecinătate|chirie",
            "sănătate|vizită la medic|asigurare de sănătate|vaccinare|moașă|psihoterapie|sarcină|"
            "dentist|control preventiv|traumă",
            "copii|familie|îngrijirea copiilor|grădiniță|cafenea pentru părinți|grup de joacă|"
            "părinți|educație|centru pentru familii",
            "întâlnire|loc de întâlnire|grup de femei|club sportiv|antrenament de fotbal|"
            "atelier de cusut|seară de gătit|excursie|cor|grădină comunitară|muzică",
            "ședere|drept de ședere|procedura de azil|naturalizare|consiliere juridică|"
            "biroul pentru străini|reîntregirea familiei|permis de ședere|audiere|contestație",
            "urgență|ajutor de urgență|haine gratuite|banca de alimente|alimente|"
            "adăpost de urgență|consiliere în criză|protecție împotriva violenței|"
            "casă pentru femei|ajutor imediat",
        ],
        "ajutor|programare|gratuit|femei|bărbați|tineri|ofertă|înscriere|grup|oraș|informații|"
        "sprijin|săptămânal|începători|avansați|voluntari|întrebări|documente|interpret|"
        "nou-veniți"
        "|costuri|certificat|cartier|după-amiază|dimineața|seara|loc|limbă|participare|experiență",
        "pentru|și|cu|în|la|de|din|după|toți|fiecare",
        "Persoană de contact",
    ),
    "bg": _lexicon(
        [
            "курс по немски език|интеграционен курс|езиково кафе|курс по ограмотяване|"
            "разговорен курс|езиков изпит|граматика|произношение|уроци|учене",
            "консултация|миграционна консултация|социална консултация|консултация за дългове|"
            "приемно време|първа консултация|семейна консултация|придружаване",
            "училище|помощ за домашни|частни уроци|училищна диплома|университет|"
            "компютърен курс|библиотека|квалификация",
            "работа|професионално обучение|обучение за кандидатстване|бюро по труда|"
            "признаване на дипломи|стаж|пазар на труда|автобиография|търсене на работа",
            "жилище|търсене на квартира|договор за наем|консултация за наематели|"
            "жилищна помощ|подслон|комунални разходи|преместване|съседство|наем",
            "здраве|посещение при лекар|здравна осигуровка|ваксинация|акушерка|психотерапия|"
            "бременност|зъболекар|профилактика|травма",
            "деца|семейство|грижа за деца|детска градина|кафе за родители|група за игра|"
            "родители|възпитание|семеен център",
            "среща|място за срещи|женски клуб|спортен клуб|футболна тренировка|кафе за шиене|"
            "кулинарна вечер|екскурзия|хор|общностна градина|музика",
            "пребиваване|право на пребиваване|процедура за убежище|натурализация|"
            "правна консултация|служба за чужденци|събиране на семейството|"
            "разрешение за пребиваване|изслушване|обжалване",
            "спешен случай|спешна помощ|безплатни дрехи|хранителна банка|храни|спешен подслон|"
            "кризисна консултация|защита от насилие|кризисен център за жени|незабавна помощ",
        ],
        "помощ|час|безплатно|жени|мъже|младежи|предложение|записване|група|град|информация|"
        "подкрепа|седмично|начинаещи|напреднали|доброволци|въпроси|документи|преводач|"
        "новодошли"
        "|разходи|сертификат|квартал|следобед|сутрин|вечер|място|език|участие|опит",
        "за|и|с|в|на|от|по|след|всички|всеки",
        "Лице за контакт",
    ),
    "pl": _lexicon(
        [
            "kurs języka niemieckiego|kurs integracyjny|kawiarnia językowa|kurs alfabetyzacji|"
            "kurs konwersacji|egzamin językowy|gramatyka|wymowa|lekcje|nauka",
            "doradztwo|poradnictwo migracyjne|poradnictwo socjalne|doradztwo w sprawie długów|"
            "godziny przyjęć|pierwsza konsultacja|poradnictwo rodzinne|towarzyszenie",
            "szkoła|pomoc w odrabianiu lekcji|korepetycje|świadectwo szkolne|studia|"
            "kurs komputerowy|biblioteka|dokształcanie",
            "praca|szkolenie zawodowe|trening aplikacyjny|urząd pracy|uznawanie kwalifikacji|"
            "praktyka|rynek pracy|życiorys|szukanie pracy",
            "mieszkanie|szukanie mieszkania|umowa najmu|doradztwo dla najemców|"
            "dodatek mieszkaniowy|zakwaterowanie|koszty dodatkowe|przeprowadzka|sąsiedztwo|czynsz",
            "zdrowie|wizyta u lekarza|ubezpieczenie zdrowotne|szczepienie|położna|psychoterapia|"
            "ciąża|dentysta|badanie profilaktyczne|trauma",
            "dzieci|rodzina|opieka nad dziećmi|przedszkole|kawiarnia dla rodziców|grupa zabaw|"
            "rodzice|wychowanie|centrum rodzinne",
            "spotkanie|miejsce spotkań|klub kobiet|klub sportowy|trening piłki nożnej|"
            "kawiarnia szycia|wieczór kulinarny|wycieczka|chór|ogród społeczny|muzyka",
            "pobyt|prawo pobytu|procedura azylowa|naturalizacja|porada prawna|"
            "urząd do spraw cudzoziemców|łączenie rodzin|zezwolenie na pobyt|przesłuchanie|"
            "odwołanie",
            "nagły wypadek|pomoc doraźna|darmowa odzież|bank żywności|żywność|schronisko|"
            "poradnictwo kryzysowe|ochrona przed przemocą|dom dla kobiet|natychmiastowa pomoc",
        ],
        "pomoc|termin|bezpłatnie|kobiety|mężczyźni|młodzież|oferta|zapisy|grupa|miasto|"
        "informacja|wsparcie|co tydzień|początkujący|zaawansowani|wolontariusze|pytania|"
        "dokumenty|tłumacz|nowo przybyli|koszty|certyfikat|dzielnica|po południu|rano|"
        "wieczorem|miejsce|język|udział|doświadczenie",
        "dla|i|z|w|na|od|po|przy|wszyscy|każdy",
        "Osoba kontaktowa",
    ),
    "kmr": _lexicon(
        [
            "kursa zimanê almanî|kursa entegrasyonê|kafeya ziman|kursa xwendin û nivîsandinê|"
            "kursa axaftinê|azmûna ziman|rêziman|bilêvkirin|ders|hînbûn",
            "şêwirmendî|şêwirmendiya koçberiyê|şêwirmendiya civakî|şêwirmendiya deyn|"
            "demên pêşwaziyê|şêwra yekem|şêwirmendiya malbatê|hevrêtî",
            "dibistan|alîkariya karê malê|dersa taybet|bawernameya dibistanê|zanîngeh|"
            "kursa komputerê|pirtûkxane|perwerdehiya berdewam",
            "kar|perwerdehiya pîşeyî|perwerdeya serlêdanê|navenda kar|naskirina dîplomayan|"
            "staj|bazara kar|jiyanname|lêgerîna kar",
            "xanî|lêgerîna xaniyan|peymana kirê|şêwirmendiya kirêdaran|alîkariya xanî|stargeh|"
            "lêçûnên zêde|barkirin|cîrantî|kirê",
            "tenduristî|serdana bijîşk|sîgortaya tenduristiyê|derzî|pîrik|psîkoterapî|ducanî|"
            "bijîşkê diranan|kontrola pêşîlêgirtinê|trawma",
            "zarok|malbat|lênêrîna zarokan|baxçeyê zarokan|kafeya dêûbavan|koma lîstikê|dêûbav|"
            "perwerdekirin|navenda malbatê",
            "hevdîtin|cihê hevdîtinê|civîna jinan|klûba werzîşê|perwerdeya futbolê|"
            "kafeya dirûtinê|êvara xwarinê|gerr|koro|baxçeyê hevpar|muzîk",
            "rûniştin|mafê rûniştinê|pêvajoya penaberiyê|hemwelatîbûn|şêwirmendiya hiqûqî|"
            "ofîsa biyaniyan|gihandina malbatê|destûra rûniştinê|guhdarî|îtiraz",
            "rewşa awarte|alîkariya awarte|cilên belaş|banka xwarinê|xwarin|stargeha awarte|"
            "şêwirmendiya krîzê|parastina ji tundiyê|mala jinan|alîkariya lezgîn",
        ],
        "alîkarî|randevû|belaş|jin|mêr|ciwan|pêşniyar|qeydkirin|kom|bajar|agahî|piştgirî|"
        "heftane|destpêker|pêşketî|dilxwaz|pirs|belge|wergêr|nûhatî"
        "|lêçûn|sertîfîka|tax|piştî nîvro|sibeh|êvar|cih|ziman|beşdarî|ezmûn",
        "ji bo|û|bi|li|di|ji|ser|piştî|hemû|her",
        "Kesê têkiliyê",
    ),
    "ti": _lexicon(
        [
            "ኮርስ ጀርመንኛ ቋንቋ|ናይ ምውህሃድ ኮርስ|ካፈ ቋንቋ|ትምህርቲ ምንባብን ጽሕፈትን|ኮርስ ዝርርብ|"
            "ፈተና ቋንቋ|ሰዋስው|ኣደማምጻ|ትምህርቲ|ምምሃር",
            "ምኽሪ|ምኽሪ ስደት|ማሕበራዊ ምኽሪ|ምኽሪ ዕዳ|ሰዓታት ምቕባል|ቀዳማይ ምኽሪ|ምኽሪ ስድራቤት|ምስናይ",
            "ቤት ትምህርቲ|ሓገዝ ዕዮ ገዛ|ተወሳኺ ትምህርቲ|ምስክር ወረቐት|ዩኒቨርሲቲ|ኮርስ ኮምፒተር|ቤት መጻሕፍቲ|ቀጻሊ ትምህርቲ",
            "ስራሕ|ሞያዊ ስልጠና|ስልጠና ምሕታት ስራሕ|ቤት ጽሕፈት ስራሕ|ኣፍልጦ ዲፕሎማ|ልምምድ ስራሕ|ዕዳጋ ስራሕ|ታሪኽ ህይወት|ምድላይ ስራሕ",
            "መንበሪ|ምድላይ ገዛ|ውዕል ክራይ|ምኽሪ ተኻረይቲ|ሓገዝ መንበሪ|መዕቆቢ|ተወሰኽቲ ወጻኢታት|ምግዓዝ|ጎረቤት|ክራይ",
            "ጥዕና|ምብጻሕ ሓኪም|መድሕን ጥዕና|ክታበት|ሓዋሲት|ስነ-ኣእምሮኣዊ ሕክምና|ጥንሲ|ሓኪም ስኒ|መከላኸሊ መርመራ|ስንባደ",
            "ቆልዑ|ስድራቤት|ክንክን ቆልዑ|መዋእለ ህጻናት|ካፈ ወለዲ|ጉጅለ ጸወታ|ወለዲ|ኣተዓባብያ|ማእከል ስድራቤት",
            "ርክብ|ቦታ ርክብ|ርክብ ደቂ ኣንስትዮ|ክለብ ስፖርት|ልምምድ ኩዕሶ እግሪ|ካፈ ስፌት|ምሸት ምግቢ|"
            "ዑደት|ጉጅለ ደርፊ|ሓባራዊ ጀርዲን|ሙዚቃ",
            "ምጽናሕ|መሰል ምጽናሕ|መስርሕ ዑቕባ|ዜግነት|ሕጋዊ ምኽሪ|ቤት ጽሕፈት ወጻእተኛታት|ምጥርናፍ ስድራቤት|ፍቓድ መንበሪ|ቃለ መሕትት|ይግባይ",
            "ህጹጽ|ህጹጽ ሓገዝ|ናጻ ክዳውንቲ|ባንክ መግቢ|መግቢ|ህጹጽ መዕቆቢ|ምኽሪ ቅልውላው|ምክልኻል ዓመጽ|ገዛ ደቂ ኣንስትዮ|ቅልጡፍ ሓገዝ",
        ],
        "ሓገዝ|ቆጸራ|ብነጻ|ደቂ ኣንስትዮ|ደቂ ተባዕትዮ|መንእሰያት|ዕድል|ምዝገባ|ጉጅለ|ከተማ|ሓበሬታ|ደገፍ|"
        "ሰሙናዊ|ጀመርቲ|ዝበለጹ|ወለንተኛታት|ሕቶታት|ሰነዳት|ተርጓሚ|ሓደሽቲ መጻእቲ"
        "|ወጻኢታት|ምስክር|ከባቢ|ድሕሪ ቀትሪ|ንግሆ|ምሸት|ቦታ|ቋንቋ|ተሳትፎ|ተመክሮ",
        "ን|ምስ|ኣብ|ካብ|ናብ|ኩሉ|ብዘይ|ድሕሪ",
        "ሰብ ርክብ",
    ),
}

# Weekday names and the word for "room", for the line with the opening hours.
CALENDAR: dict[str, tuple[str, str]] = {
    "de": ("Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag", "Raum"),
    "en": ("Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday", "room"),
    "ar": ("الاثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت|الأحد", "غرفة"),
    "uk": ("понеділок|вівторок|середа|четвер|п'ятниця|субота|неділя", "кімната"),
    "tr": ("Pazartesi|Salı|Çarşamba|Perşembe|Cuma|Cumartesi|Pazar", "oda"),
    "ru": ("понедельник|вторник|среда|четверг|пятница|суббота|воскресенье", "комната"),
    "fa": ("دوشنبه|سه‌شنبه|چهارشنبه|پنجشنبه|جمعه|شنبه|یکشنبه", "اتاق"),
    "ro": ("luni|marți|miercuri|joi|vineri|sâmbătă|duminică", "sala"),
    "bg": ("понеделник|вторник|сряда|четвъртък|петък|събота|неделя", "стая"),
    "pl": ("poniedziałek|wtorek|środa|czwartek|piątek|sobota|niedziela", "sala"),
    "kmr": ("duşem|sêşem|çarşem|pêncşem|în|şemî|yekşem", "ode"),
    "ti": ("ሰኑይ|ሰሉስ|ረቡዕ|ሓሙስ|ዓርቢ|ቀዳም|ሰንበት", "ክፍሊ"),
}
THEMES: dict[str, dict[str, str]] = {
    "sprachfoerderung": {"de": "Sprachförderung", "en": "Language support", "ar": "دعم اللغة"},
    "bildung": {"de": "Bildung", "en": "Education", "uk": "Освіта"},
    "arbeit": {"de": "Arbeit und Ausbildung", "en": "Work and training", "tr": "İş ve eğitim"},
    "wohnen": {"de": "Wohnen", "en": "Housing", "ru": "Жильё"},
    "gesundheit": {"de": "Gesundheit", "en": "Health", "fa": "سلامت"},
    "familie": {"de": "Familie und Kinder", "en": "Family and children", "ro": "Familie"},
    "teilhabe": {"de": "Teilhabe und Begegnung", "en": "Participation", "pl": "Uczestnictwo"},
    "recht-schutz": {"de": "Recht und Schutz", "en": "Rights and protection", "bg": "Права"},
}
CATEGORY_THEMES = {
    "language_course": "sprachfoerderung",
    "counselling": "recht-schutz",
    "education": "bildung",
    "work_training": "arbeit",
    "housing": "wohnen",
    "health": "gesundheit",
    "children_family": "familie",
    "leisure_encounter": "teilhabe",
    "legal_residence": "recht-schutz",
    "emergency_help": "recht-schutz",
}
SPOKEN = ["ar", "uk", "tr", "ru", "fa", "ro", "bg", "pl", "kmr", "ti", "en", "fr", "prs", "so"]
STREETS = _split(
    "Kanalstraße|Fackelstraße|Marktstraße|Pirmasenser Straße|Mannheimer Straße|Eisenbahnstraße|"
    "Schillerstraße|Goethestraße|Bahnhofstraße|Logenstraße|Rudolf-Breitscheid-Straße|"
    "Königstraße|Mühlstraße|Altenwoogstraße|Pfaffplatz|Richard-Wagner-Straße|Mainzer Straße|"
    "Trippstadter Straße|Lauterstraße|Barbarossastraße|Friedrichstraße|Gartenstraße|"
    "Kindergartenstraße|Ringstraße|Hauptstraße|Kirchstraße|Schulstraße|Turnerstraße|"
    "Lindenstraße|Am Rathaus|Donnersbergstraße|Vogelwoogstraße|Erzhütter Straße|Kaiserstraße|"
    "Burgstraße|Steinstraße|Rosenstraße|Benzinoring|Merkurstraße|Pariser Straße"
)
PLACE_KINDS = _split(
    "Volkshochschule|Haus der Begegnung|Stadtteilbüro|Bürgerhaus|Jugendzentrum|Familienzentrum|"
    "Gemeindehaus|Beratungsstelle|Nachbarschaftstreff|Bibliothek|Sporthalle|Kulturzentrum|"
    "Gesundheitszentrum|Integrationszentrum"
)
ORGANISATION_KINDS = [
    ("Verein", Sector.ASSOCIATION), ("Initiative", Sector.CIVIL_SOCIETY),
    ("Bildungswerk", Sector.EDUCATION_PROVIDER), ("Kirchengemeinde", Sector.CHURCH),
    ("Sozialdienst", Sector.SOCIAL_INSTITUTION), ("Kulturverein", Sector.MIGRANT_ORGANISATION),
    ("Sportverein", Sector.CLUB), ("Netzwerk", Sector.CIVIL_SOCIETY),
]  # fmt: skip
SYLLABLES = _split(
    "ka|lo|mer|tin|sa|ber|ra|hel|don|vi|ne|stro|gal|fen|ri|mo|la|bur|ke|wal|an|dre|sel|mi|ko|"
    "ha|nu|jo|ze|pe|ul|ta|gor|bi|en|os"
)
SLOTS = [
    (datetime.time(9), datetime.time(12)),
    (datetime.time(10), datetime.time(13)),
    (datetime.time(14), datetime.time(17)),
    (datetime.time(16), datetime.time(18)),
    (datetime.time(18), datetime.time(20)),
]

# --- Building one offer ------------------------------------------------------------------------


_CUMULATIVE: dict[tuple[int, float], list[float]] = {}


def _pick(rng: random.Random, length: int, skew: float) -> int:
    """An index below `length`, the first ones more likely (Zipf-like, exponent `skew`)."""
    key = (length, skew)
    if key not in _CUMULATIVE:
        weights = [1 / (rank + 1) ** skew for rank in range(length)]
        _CUMULATIVE[key] = [sum(weights[: rank + 1]) for rank in range(length)]
    return rng.choices(range(length), cum_weights=_CUMULATIVE[key])[0]


def surname(rng: random.Random) -> str:
    """A made-up family name: the long tail of the vocabulary."""
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.choice([2, 3, 3, 4]))).capitalize()


Token = tuple[str, int, str]  # (kind, index, category): kind is "topic", "common" or "glue"


@dataclass
class TextPlan:
    """What an offer's texts talk about, independent of the language."""

    title: list[Token]
    summary: list[Token]
    sentences: list[list[Token]]
    day: int
    hours: tuple[int, int]
    room: int
    person: str
    address: str


def _topic(rng: random.Random, categories: list[str]) -> Token:
    category = categories[0] if rng.random() < 0.75 else rng.choice(categories + CATEGORY_KEYS)
    return ("topic", _pick(rng, 12, 0.4), category)


@dataclass
class Register:
    """The few words one offer's texts are made of: real texts repeat their words."""

    topics: list[Token]
    common: list[Token]

    def phrase(self, rng: random.Random, length: int, topics: float) -> list[Token]:
        """Words alternating with glue words; `topics` is the share of category words."""
        tokens: list[Token] = []
        for position in range(length):
            if rng.random() < (0.75 if position % 2 else 0.2):
                tokens.append(("glue", _pick(rng, 12, 0.8), ""))
            else:
                tokens.append(rng.choice(self.topics if rng.random() < topics else self.common))
        return tokens


def text_plan(
    rng: random.Random, categories: list[str], hours: list[tuple[int, int]], address: str
) -> TextPlan:
    """About 5 words of title, 15 of summary and 40 of description (more in languages that
    need several words for a German compound)."""
    register = Register(
        topics=[_topic(rng, categories) for _ in range(rng.randint(2, 4))],
        common=[("common", _pick(rng, 30, 0.3), "") for _ in range(rng.randint(3, 6))],
    )
    day, slot = hours[0] if hours else (rng.randrange(5), rng.randrange(len(SLOTS)))
    return TextPlan(
        title=[register.topics[0], *register.phrase(rng, 4, 0.2)],
        summary=register.phrase(rng, 12, 0.3),
        sentences=[register.phrase(rng, rng.randint(9, 14), 0.3) for _ in range(2)],
        day=day,
        hours=(SLOTS[slot][0].hour, SLOTS[slot][1].hour),
        room=rng.randint(1, 40),
        person=surname(rng),
        address=address,
    )


def _word(lexicon: Lexicon, token: Token) -> str:
    kind, index, category = token
    words = lexicon.topics[category] if kind == "topic" else getattr(lexicon, kind)
    return str(words[index % len(words)])


def _sentence(lexicon: Lexicon, tokens: list[Token]) -> str:
    text = " ".join(_word(lexicon, token) for token in tokens)
    return text[:1].upper() + text[1:]


def render(plan: TextPlan, language: str) -> tuple[str, str, str]:
    """Title, summary and description (simple HTML) of a plan in one language."""
    lexicon = LEXICONS[language]
    days, room = CALENDAR[language]
    title = _sentence(lexicon, plan.title)
    summary = _sentence(lexicon, plan.summary) + "."
    first, second = (_sentence(lexicon, sentence) + "." for sentence in plan.sentences)
    when = f"{_split(days)[plan.day]} {plan.hours[0]}:00–{plan.hours[1]}:00, {room} {plan.room}."
    contact = f"{lexicon.contact}: {plan.person}, {plan.address}."
    return title, summary, f"<p>{first} {when[:1].upper() + when[1:]} {second}</p><p>{contact}</p>"


# --- Shared records ----------------------------------------------------------------------------


def ensure_themes(region: Region) -> dict[str, Theme]:
    """The region's themes; a standard set is created when the region has none."""
    themes = {theme.key: theme for theme in Theme.objects.for_region(region)}
    if not themes:
        languages = set(region.language_codes())
        for position, (key, names) in enumerate(THEMES.items()):
            name = {code: text for code, text in names.items() if code in languages}
            themes[key] = services.theme_save(
                actor=None, region=region, key=key, name=name or names, position=position
            )
    return themes


def ensure_organisations(region: Region, count: int = ORGANISATION_COUNT) -> list[Organisation]:
    """Generated providers (`gen-org-<n>`), created once per region."""
    existing = {
        organisation.slug: organisation
        for organisation in Organisation.objects.for_region(region).filter(
            slug__startswith=ORGANISATION_PREFIX
        )
    }
    districts = list(region.districts.all())
    missing = []
    for number in range(count):
        slug = f"{ORGANISATION_PREFIX}{number}"
        if slug in existing:
            continue
        rng = random.Random(f"organisation-{region.slug}-{number}")
        kind, sector = rng.choice(ORGANISATION_KINDS)
        missing.append(
            Organisation(
                region=region,
                slug=slug,
                name=f"{kind} {surname(rng)} {number}",
                sector=sector,
                description={"de": f"{kind} in {region.name}"},
                city=region.name,
                district=rng.choice(districts) if districts else None,
                email=f"kontakt{number}@example.org",
            )
        )
    Organisation.objects.bulk_create(missing)
    return list(
        Organisation.objects.for_region(region)
        .filter(slug__startswith=ORGANISATION_PREFIX)
        .order_by("pk")
    )


@dataclass
class PlacePool:
    """Places keyed by (street, postcode), as in `services.place_get_or_create`."""

    region: Region
    districts: list[District]
    known: dict[tuple[str, str], int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for pk, street, postcode in Place.objects.for_region(self.region).values_list(
            "pk", "street", "postcode"
        ):
            self.known[(street.lower(), postcode)] = pk

    def draw(self, rng: random.Random) -> tuple[str, str, str, District | None]:
        """A street address (and its district) out of a pool of a few thousand places."""
        street_index = rng.randrange(len(STREETS))
        number = rng.randint(1, 120)
        district = self.districts[street_index % len(self.districts)] if self.districts else None
        postcode = f"{67655 + street_index % 9}"
        return (
            f"{STREETS[street_index]} {number}",
            postcode,
            PLACE_KINDS[number % len(PLACE_KINDS)],
            district,
        )

    def resolve(self, wanted: list[tuple[str, str, str, District | None]]) -> dict[str, int]:
        """Place ids by street, creating the places not yet known in one statement."""
        new: dict[tuple[str, str], Place] = {}
        for street, postcode, kind, district in wanted:
            key = (street.lower(), postcode)
            if key in self.known or key in new:
                continue
            centre = _centre(district)
            offset = int(hashlib.sha256(street.encode()).hexdigest()[:8], 16)
            new[key] = Place(
                region=self.region,
                name=f"{kind} {district.name if district else self.region.name}",
                street=street,
                postcode=postcode,
                city=self.region.name,
                district=district,
                latitude=centre[0] + Decimal(offset % 2000 - 1000) / Decimal(200000),
                longitude=centre[1] + Decimal(offset // 2000 % 2000 - 1000) / Decimal(150000),
            )
        for key, place in zip(new, Place.objects.bulk_create(new.values()), strict=True):
            self.known[key] = place.pk
        return {street: self.known[(street.lower(), postcode)] for street, postcode, *_ in wanted}


def _centre(district: District | None) -> tuple[Decimal, Decimal]:
    if district is not None and district.latitude is not None and district.longitude is not None:
        return district.latitude, district.longitude
    return DEFAULT_CENTRE


# --- The generator -----------------------------------------------------------------------------


@dataclass
class GeneratedOffer:
    offer: Offer
    locations: list[tuple[tuple[str, str, str, District | None], bool, list[tuple[int, int]]]]


def _hours(rng: random.Random) -> list[tuple[int, int]]:
    """(weekday, slot index) pairs: mostly weekdays, rarely weekends."""
    days = rng.sample(range(5), k=rng.choices([1, 2, 3, 5], weights=[35, 35, 20, 10])[0])
    if rng.random() < 0.1:
        days.append(5)
    if rng.random() < 0.03:
        days.append(6)
    slot = rng.randrange(len(SLOTS))
    pairs = [(day, slot) for day in sorted(days)]
    if rng.random() < 0.2:
        pairs.append((days[0], (slot + 2) % len(SLOTS)))
    return pairs


def build_offer(
    *,
    region: Region,
    number: int,
    seed: int,
    languages: list[str],
    organisations: list[Organisation],
    themes: dict[str, Theme],
    places: PlacePool,
    now: datetime.datetime,
) -> GeneratedOffer:
    """One offer (unsaved) and its locations, derived from `seed` and `number` only."""
    rng = random.Random(f"{seed}-{number}")
    categories = list(
        dict.fromkeys(rng.choices(CATEGORY_KEYS, weights=CATEGORY_WEIGHTS, k=rng.choice([1, 1, 2])))
    )
    locations = []
    location_count = rng.choices([0, 1, 2], weights=[6, 74, 20])[0]
    for _ in range(location_count):
        by_appointment = rng.random() < 0.2
        hours = [] if by_appointment and rng.random() < 0.5 else _hours(rng)
        locations.append((places.draw(rng), by_appointment, hours))
    address = locations[0][0][0] if locations else region.name
    plan = text_plan(rng, categories, locations[0][2] if locations else [], address)
    texts: dict[str, tuple[str, str, str]] = {}
    for code in languages:
        share = 1.0 if code == "de" else ENGLISH_SHARE if code == "en" else TRANSLATED_SHARE
        if code in LEXICONS and rng.random() < share:
            texts[code] = render(plan, code)
    if not texts:
        texts[languages[0]] = render(plan, languages[0] if languages[0] in LEXICONS else "de")
    theme_keys = [CATEGORY_THEMES[c] for c in categories if CATEGORY_THEMES[c] in themes]
    if themes and (not theme_keys or rng.random() < 0.3):
        theme_keys.append(rng.choice(sorted(themes)))
    spoken = (["de"] if rng.random() < 0.85 else []) + rng.sample(SPOKEN, k=rng.randint(0, 3))
    target_groups = rng.sample(TargetGroup.values, k=rng.choice([1, 1, 2, 3]))
    cost = rng.choices([Cost.FREE, Cost.AMOUNT, Cost.REDUCED], weights=[65, 20, 15])[0]
    status = rng.choices(
        [OfferStatus.PUBLISHED, OfferStatus.DRAFT, OfferStatus.IN_REVIEW, OfferStatus.ARCHIVED],
        weights=[90, 5, 3, 2],
    )[0]
    today = now.date()
    roll = rng.random()
    valid_from = today - datetime.timedelta(days=rng.randint(0, 700)) if roll < 0.3 else None
    valid_until = None
    if roll < 0.03:
        valid_until = today - datetime.timedelta(days=rng.randint(1, 200))  # expired
    elif roll < 0.05:
        valid_from = today + datetime.timedelta(days=rng.randint(1, 90))  # not yet valid
    elif roll < 0.25:
        valid_until = today + datetime.timedelta(days=rng.randint(30, 400))
    online = location_count == 0 or rng.random() < 0.15
    confirmed = now - datetime.timedelta(minutes=rng.randint(0, 400 * 24 * 60))
    offer = Offer(
        region=region,
        organisation=organisations[rng.randrange(len(organisations))],
        external_id=f"{EXTERNAL_ID_PREFIX}{number}",
        title={code: text[0] for code, text in texts.items()},
        summary={code: text[1] for code, text in texts.items()},
        description={code: text[2] for code, text in texts.items()},
        themes=list(dict.fromkeys(theme_keys)),
        categories=categories,
        target_groups=target_groups,
        languages=list(dict.fromkeys(spoken)),
        cost=cost,
        cost_amount=None if cost == Cost.FREE else Decimal(rng.randint(5, 240)),
        registration_required=rng.random() < 0.4,
        step_free=rng.random() < 0.55,
        hearing_loop=rng.random() < 0.1,
        online=online,
        online_url=f"https://example.org/online/{number}" if online else "",
        valid_from=valid_from,
        valid_until=valid_until,
        status=status,
        last_confirmed_at=confirmed,
        published_at=confirmed if status == OfferStatus.PUBLISHED else None,
    )
    return GeneratedOffer(offer=offer, locations=locations)


@dataclass
class GenerationReport:
    created: int
    total: int
    seconds: float
    index_seconds: float

    @property
    def rate(self) -> float:
        return self.created / self.seconds if self.seconds else 0.0


def generated_count(region: Region) -> int:
    return (
        Offer.objects.for_region(region).filter(external_id__startswith=EXTERNAL_ID_PREFIX).count()
    )


def _write_batch(
    batch: list[GeneratedOffer], places: PlacePool, indexer: BatchIndexer | None
) -> float:
    """Insert one batch of offers with their locations and hours, and index them (with
    `services.offer_index` when no batch indexer is given). Returns the seconds spent
    indexing."""
    with transaction.atomic():
        place_ids = places.resolve([spec for item in batch for spec, *_ in item.locations])
        offers = Offer.objects.bulk_create([item.offer for item in batch])
        rows: list[OfferLocation] = []
        hours_by_row: list[list[tuple[int, int]]] = []
        for offer, item in zip(offers, batch, strict=True):
            for position, (spec, by_appointment, hours) in enumerate(item.locations):
                rows.append(
                    OfferLocation(
                        offer=offer,
                        place_id=place_ids[spec[0]],
                        by_appointment=by_appointment,
                        position=position,
                    )
                )
                hours_by_row.append(hours)
        rows = OfferLocation.objects.bulk_create(rows)
        OpeningHours.objects.bulk_create(
            OpeningHours(location=row, weekday=day, opens=SLOTS[slot][0], closes=SLOTS[slot][1])
            for row, hours in zip(rows, hours_by_row, strict=True)
            for day, slot in hours
        )
        started = time.perf_counter()
        if indexer is not None:
            indexer.index(offers)
        else:
            for offer in offers:
                services.offer_index(offer)
        return time.perf_counter() - started


def generate_offers(
    region: Region,
    count: int,
    *,
    seed: int = 1,
    batch_size: int = DEFAULT_BATCH_SIZE,
    batch_index: bool = True,
    progress: Callable[[int, int], None] | None = None,
) -> GenerationReport:
    """Add `count` generated offers to the region (numbered after those already there).
    With `batch_index=False` every offer is indexed by `services.offer_index` (slower)."""
    started = time.perf_counter()
    region = Region.objects.with_languages().get(pk=region.pk)
    languages = region.language_codes()
    themes = ensure_themes(region)
    organisations = ensure_organisations(region)
    places = PlacePool(region, list(region.districts.all()))
    first = generated_count(region)
    now = timezone.now()
    indexer = BatchIndexer(region, themes) if batch_index else None
    index_seconds = 0.0
    for start in range(first, first + count, batch_size):
        stop = min(start + batch_size, first + count)
        batch = [
            build_offer(
                region=region,
                number=number,
                seed=seed,
                languages=languages,
                organisations=organisations,
                themes=themes,
                places=places,
                now=now,
            )
            for number in range(start, stop)
        ]
        index_seconds += _write_batch(batch, places, indexer)
        if progress is not None:
            progress(stop - first, count)
    return GenerationReport(
        created=count,
        total=first + count,
        seconds=time.perf_counter() - started,
        index_seconds=index_seconds,
    )
