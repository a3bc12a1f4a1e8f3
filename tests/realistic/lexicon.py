"""Names the generator's templates fill in: bodies, places, countries, people, counted nouns.

Official names of United Nations bodies and Member States in the six
languages (facts, as the UN terminology database gives them); the people are
invented. Each entry carries the forms the templates need: a French or
Spanish name with its article (contracted after "de" and "à" by the slot
engine), a Russian genitive or locative, an Arabic form after the
preposition "li", the grammatical gender Russian and Arabic verbs agree with.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Entry:
    """One name with its forms per language: forms[lang][form], "name" always present."""

    key: str
    forms: dict[str, dict[str, str]]
    gender: dict[str, str] = field(default_factory=dict)  # "ru": "f", "ar": "m", "fr": "f", "en": "f"


def _entry(key: str, gender: dict[str, str] | None = None, **langs: dict[str, str]) -> Entry:
    return Entry(key, dict(langs), gender or {})


# -- bodies ---------------------------------------------------------------------------
# "name": first mention with the acronym; "short": later mentions (French and
# Spanish with their article); Arabic writes names in full or in a short
# Arabic form, never with a Latin acronym.

BODIES = (
    _entry(
        "unodc", {"fr": "m", "ru": "n", "ar": "m"},
        en={"name": "the United Nations Office on Drugs and Crime (UNODC)", "short": "UNODC"},
        fr={"name": "l'Office des Nations Unies contre la drogue et le crime (ONUDC)", "short": "l'ONUDC"},
        es={"name": "la Oficina de las Naciones Unidas contra la Droga y el Delito (UNODC)", "short": "la UNODC"},
        ru={"name": "Управление Организации Объединенных Наций по наркотикам и преступности (ЮНОДК)", "short": "ЮНОДК"},
        ar={"name": "مكتب الأمم المتحدة المعني بالمخدرات والجريمة", "short": "المكتب"},
        zh={"name": "联合国毒品和犯罪问题办公室（毒品和犯罪问题办公室）", "short": "毒品和犯罪问题办公室"},
    ),
    _entry(
        "who", {"fr": "f", "ru": "f", "ar": "f"},
        en={"name": "the World Health Organization (WHO)", "short": "WHO"},
        fr={"name": "l'Organisation mondiale de la Santé (OMS)", "short": "l'OMS"},
        es={"name": "la Organización Mundial de la Salud (OMS)", "short": "la OMS"},
        ru={"name": "Всемирная организация здравоохранения (ВОЗ)", "short": "ВОЗ"},
        ar={"name": "منظمة الصحة العالمية", "short": "منظمة الصحة العالمية"},
        zh={"name": "世界卫生组织（世卫组织）", "short": "世卫组织"},
    ),
    _entry(
        "unicef", {"fr": "m", "ru": "m", "ar": "f"},
        en={"name": "the United Nations Children's Fund (UNICEF)", "short": "UNICEF"},
        fr={"name": "le Fonds des Nations Unies pour l'enfance (UNICEF)", "short": "l'UNICEF"},
        es={"name": "el Fondo de las Naciones Unidas para la Infancia (UNICEF)", "short": "el UNICEF"},
        ru={"name": "Детский фонд Организации Объединенных Наций (ЮНИСЕФ)", "short": "ЮНИСЕФ"},
        ar={"name": "منظمة الأمم المتحدة للطفولة (اليونيسيف)", "short": "اليونيسيف"},
        zh={"name": "联合国儿童基金会（儿基会）", "short": "儿基会"},
    ),
    _entry(
        "undp", {"fr": "m", "ru": "f", "ar": "m"},
        en={"name": "the United Nations Development Programme (UNDP)", "short": "UNDP"},
        fr={"name": "le Programme des Nations Unies pour le développement (PNUD)", "short": "le PNUD"},
        es={"name": "el Programa de las Naciones Unidas para el Desarrollo (PNUD)", "short": "el PNUD"},
        ru={"name": "Программа развития Организации Объединенных Наций (ПРООН)", "short": "ПРООН"},
        ar={"name": "برنامج الأمم المتحدة الإنمائي", "short": "البرنامج الإنمائي"},
        zh={"name": "联合国开发计划署（开发署）", "short": "开发署"},
    ),
    _entry(
        "unhcr", {"fr": "m", "ru": "n", "ar": "f"},
        en={"name": "the Office of the United Nations High Commissioner for Refugees (UNHCR)", "short": "UNHCR"},
        fr={"name": "le Haut-Commissariat des Nations Unies pour les réfugiés (HCR)", "short": "le HCR"},
        es={"name": "la Oficina del Alto Comisionado de las Naciones Unidas para los Refugiados (ACNUR)", "short": "el ACNUR"},
        ru={"name": "Управление Верховного комиссара Организации Объединенных Наций по делам беженцев (УВКБ)", "short": "УВКБ"},
        ar={"name": "مفوضية الأمم المتحدة لشؤون اللاجئين", "short": "المفوضية"},
        zh={"name": "联合国难民事务高级专员办事处（难民署）", "short": "难民署"},
    ),
    _entry(
        "ohchr", {"fr": "m", "ru": "n", "ar": "f"},
        en={"name": "the Office of the United Nations High Commissioner for Human Rights (OHCHR)", "short": "OHCHR"},
        fr={"name": "le Haut-Commissariat des Nations Unies aux droits de l'homme (HCDH)", "short": "le HCDH"},
        es={"name": "la Oficina del Alto Comisionado de las Naciones Unidas para los Derechos Humanos (ACNUDH)", "short": "el ACNUDH"},
        ru={"name": "Управление Верховного комиссара Организации Объединенных Наций по правам человека (УВКПЧ)", "short": "УВКПЧ"},
        ar={"name": "مفوضية الأمم المتحدة السامية لحقوق الإنسان", "short": "المفوضية السامية"},
        zh={"name": "联合国人权事务高级专员办事处（人权高专办）", "short": "人权高专办"},
    ),
    _entry(
        "unep", {"fr": "m", "ru": "f", "ar": "m"},
        en={"name": "the United Nations Environment Programme (UNEP)", "short": "UNEP"},
        fr={"name": "le Programme des Nations Unies pour l'environnement (PNUE)", "short": "le PNUE"},
        es={"name": "el Programa de las Naciones Unidas para el Medio Ambiente (PNUMA)", "short": "el PNUMA"},
        ru={"name": "Программа Организации Объединенных Наций по окружающей среде (ЮНЕП)", "short": "ЮНЕП"},
        ar={"name": "برنامج الأمم المتحدة للبيئة", "short": "برنامج البيئة"},
        zh={"name": "联合国环境规划署（环境署）", "short": "环境署"},
    ),
    _entry(
        "fao", {"fr": "f", "ru": "f", "ar": "f"},
        en={"name": "the Food and Agriculture Organization of the United Nations (FAO)", "short": "FAO"},
        fr={"name": "l'Organisation des Nations Unies pour l'alimentation et l'agriculture (FAO)", "short": "la FAO"},
        es={"name": "la Organización de las Naciones Unidas para la Alimentación y la Agricultura (FAO)", "short": "la FAO"},
        ru={"name": "Продовольственная и сельскохозяйственная организация Объединенных Наций (ФАО)", "short": "ФАО"},
        ar={"name": "منظمة الأغذية والزراعة للأمم المتحدة (الفاو)", "short": "الفاو"},
        zh={"name": "联合国粮食及农业组织（粮农组织）", "short": "粮农组织"},
    ),
    _entry(
        "eca", {"fr": "f", "ru": "f", "ar": "f"},
        en={"name": "the Economic Commission for Africa (ECA)", "short": "ECA"},
        fr={"name": "la Commission économique pour l'Afrique (CEA)", "short": "la CEA"},
        es={"name": "la Comisión Económica para África (CEPA)", "short": "la CEPA"},
        ru={"name": "Экономическая комиссия для Африки (ЭКА)", "short": "ЭКА"},
        ar={"name": "اللجنة الاقتصادية لأفريقيا", "short": "اللجنة الاقتصادية لأفريقيا"},
        zh={"name": "非洲经济委员会（非洲经委会）", "short": "非洲经委会"},
    ),
    _entry(
        "escap", {"fr": "f", "ru": "f", "ar": "f"},
        en={"name": "the Economic and Social Commission for Asia and the Pacific (ESCAP)", "short": "ESCAP"},
        fr={"name": "la Commission économique et sociale pour l'Asie et le Pacifique (CESAP)", "short": "la CESAP"},
        es={"name": "la Comisión Económica y Social para Asia y el Pacífico (CESPAP)", "short": "la CESPAP"},
        ru={"name": "Экономическая и социальная комиссия для Азии и Тихого океана (ЭСКАТО)", "short": "ЭСКАТО"},
        ar={"name": "اللجنة الاقتصادية والاجتماعية لآسيا والمحيط الهادئ", "short": "اللجنة"},
        zh={"name": "亚洲及太平洋经济社会委员会（亚太经社会）", "short": "亚太经社会"},
    ),
    _entry(
        "unwomen", {"fr": "f", "ru": "f", "ar": "f"},
        en={"name": "the United Nations Entity for Gender Equality and the Empowerment of Women (UN-Women)", "short": "UN-Women"},
        fr={"name": "l'Entité des Nations Unies pour l'égalité des sexes et l'autonomisation des femmes (ONU-Femmes)", "short": "ONU-Femmes"},
        es={"name": "la Entidad de las Naciones Unidas para la Igualdad de Género y el Empoderamiento de las Mujeres (ONU-Mujeres)", "short": "ONU-Mujeres"},
        ru={"name": "Структура Организации Объединенных Наций по вопросам гендерного равенства и расширения прав и возможностей женщин (Структура «ООН-женщины»)", "short": "«ООН-женщины»"},
        ar={"name": "هيئة الأمم المتحدة للمساواة بين الجنسين وتمكين المرأة", "short": "هيئة الأمم المتحدة للمرأة"},
        zh={"name": "联合国促进性别平等和增强妇女权能署（妇女署）", "short": "妇女署"},
    ),
    _entry(
        "unfpa", {"fr": "m", "ru": "m", "ar": "m"},
        en={"name": "the United Nations Population Fund (UNFPA)", "short": "UNFPA"},
        fr={"name": "le Fonds des Nations Unies pour la population (FNUAP)", "short": "le FNUAP"},
        es={"name": "el Fondo de Población de las Naciones Unidas (UNFPA)", "short": "el UNFPA"},
        ru={"name": "Фонд Организации Объединенных Наций в области народонаселения (ЮНФПА)", "short": "ЮНФПА"},
        ar={"name": "صندوق الأمم المتحدة للسكان", "short": "الصندوق"},
        zh={"name": "联合国人口基金（人口基金）", "short": "人口基金"},
    ),
)

# -- places ---------------------------------------------------------------------------
# "in": the locative phrase ("in Geneva", "à Genève", "в Женеве", "في جنيف").

PLACES = tuple(
    _entry(
        en,
        en={"name": en, "in": f"in {en}"},
        fr={"name": fr, "in": f"à {fr}"},
        es={"name": es, "in": f"en {es}"},
        ru={"name": ru, "in": f"в {ru_in}"},
        ar={"name": ar, "in": f"في {ar}"},
        zh={"name": zh, "in": f"在{zh}"},
    )
    for en, fr, es, ru, ru_in, ar, zh in (
        ("Geneva", "Genève", "Ginebra", "Женева", "Женеве", "جنيف", "日内瓦"),
        ("Vienna", "Vienne", "Viena", "Вена", "Вене", "فيينا", "维也纳"),
        ("Nairobi", "Nairobi", "Nairobi", "Найроби", "Найроби", "نيروبي", "内罗毕"),
        ("Bangkok", "Bangkok", "Bangkok", "Бангкок", "Бангкоке", "بانكوك", "曼谷"),
        ("Addis Ababa", "Addis-Abeba", "Addis Abeba", "Аддис-Абеба", "Аддис-Абебе", "أديس أبابا", "亚的斯亚贝巴"),
        ("Santiago", "Santiago", "Santiago", "Сантьяго", "Сантьяго", "سانتياغو", "圣地亚哥"),
        ("Beirut", "Beyrouth", "Beirut", "Бейрут", "Бейруте", "بيروت", "贝鲁特"),
        ("New York", "New York", "Nueva York", "Нью-Йорк", "Нью-Йорке", "نيويورك", "纽约"),
        ("Rome", "Rome", "Roma", "Рим", "Риме", "روما", "罗马"),
        ("Doha", "Doha", "Doha", "Доха", "Дохе", "الدوحة", "多哈"),
        ("Minsk", "Minsk", "Minsk", "Минск", "Минске", "مينسك", "明斯克"),
        ("Ulaanbaatar", "Oulan-Bator", "Ulaanbaatar", "Улан-Батор", "Улан-Баторе", "أولان باتور", "乌兰巴托"),
        ("Dakar", "Dakar", "Dakar", "Дакар", "Дакаре", "داكار", "达喀尔"),
        ("Lima", "Lima", "Lima", "Лима", "Лиме", "ليما", "利马"),
    )
)

# -- countries ------------------------------------------------------------------------
# "of": French "du Bélarus" / Spanish "de Belarús" / Russian genitive / Arabic
# after "li" (الممثل الدائم لبيلاروس); "name": the nominative.

def _bare(name: str) -> str:
    """The name without its article: in parentheses after a person's name."""
    for article in ("le ", "la ", "l'", "les ", "el "):
        if name.startswith(article):
            return name[len(article) :]
    return name


COUNTRIES = tuple(
    _entry(
        en,
        en={"name": en, "of": en, "bare": en},
        fr={"name": fr, "of": fr_of, "bare": _bare(fr)},
        es={"name": es, "of": es_of, "bare": _bare(es)},
        ru={"name": ru, "of": ru_gen, "bare": ru},
        ar={"name": ar, "of": ar_li, "bare": ar},
        zh={"name": zh, "of": zh, "bare": zh},
    )
    for en, fr, fr_of, es, es_of, ru, ru_gen, ar, ar_li, zh in (
        ("Belarus", "le Bélarus", "du Bélarus", "Belarús", "de Belarús", "Беларусь", "Беларуси", "بيلاروس", "لبيلاروس", "白俄罗斯"),
        ("Mongolia", "la Mongolie", "de la Mongolie", "Mongolia", "de Mongolia", "Монголия", "Монголии", "منغوليا", "لمنغوليا", "蒙古"),
        ("Kazakhstan", "le Kazakhstan", "du Kazakhstan", "Kazajstán", "de Kazajstán", "Казахстан", "Казахстана", "كازاخستان", "لكازاخستان", "哈萨克斯坦"),
        ("Brazil", "le Brésil", "du Brésil", "el Brasil", "del Brasil", "Бразилия", "Бразилии", "البرازيل", "للبرازيل", "巴西"),
        ("Chile", "le Chili", "du Chili", "Chile", "de Chile", "Чили", "Чили", "شيلي", "لشيلي", "智利"),
        ("Egypt", "l'Égypte", "de l'Égypte", "Egipto", "de Egipto", "Египет", "Египта", "مصر", "لمصر", "埃及"),
        ("Ethiopia", "l'Éthiopie", "de l'Éthiopie", "Etiopía", "de Etiopía", "Эфиопия", "Эфиопии", "إثيوبيا", "لإثيوبيا", "埃塞俄比亚"),
        ("Indonesia", "l'Indonésie", "de l'Indonésie", "Indonesia", "de Indonesia", "Индонезия", "Индонезии", "إندونيسيا", "لإندونيسيا", "印度尼西亚"),
        ("Norway", "la Norvège", "de la Norvège", "Noruega", "de Noruega", "Норвегия", "Норвегии", "النرويج", "للنرويج", "挪威"),
        ("Senegal", "le Sénégal", "du Sénégal", "el Senegal", "del Senegal", "Сенегал", "Сенегала", "السنغال", "للسنغال", "塞内加尔"),
        ("Peru", "le Pérou", "du Pérou", "el Perú", "del Perú", "Перу", "Перу", "بيرو", "لبيرو", "秘鲁"),
        ("Viet Nam", "le Viet Nam", "du Viet Nam", "Viet Nam", "de Viet Nam", "Вьетнам", "Вьетнама", "فييت نام", "لفييت نام", "越南"),
        ("Morocco", "le Maroc", "du Maroc", "Marruecos", "de Marruecos", "Марокко", "Марокко", "المغرب", "للمغرب", "摩洛哥"),
        ("Thailand", "la Thaïlande", "de la Thaïlande", "Tailandia", "de Tailandia", "Таиланд", "Таиланда", "تايلند", "لتايلند", "泰国"),
    )
)

# -- people (invented) ----------------------------------------------------------------

PERSONS = tuple(
    Entry(
        en,
        {"en": {"name": en}, "fr": {"name": en}, "es": {"name": en}, "ru": {"name": ru}, "ar": {"name": ar}, "zh": {"name": zh}},
        {"en": g, "fr": g, "es": g, "ru": g, "ar": g},
    )
    for en, ru, ar, zh, g in (
        ("Ana María Castillo", "Ана Мария Кастильо", "آنا ماريا كاستيو", "安娜·玛丽亚·卡斯蒂略", "f"),
        ("Tomas Lindqvist", "Томас Линдквист", "توماس ليندكفيست", "托马斯·林德奎斯特", "m"),
        ("Amadou Diallo", "Амаду Диалло", "أمادو ديالو", "阿马杜·迪亚洛", "m"),
        ("Nurlan Sadykov", "Нурлан Садыков", "نورلان صادقوف", "努尔兰·萨德科夫", "m"),
        ("Mei Ling Tan", "Мэй Лин Тан", "مي لينغ تان", "陈美玲", "f"),
        ("Karim El Amrani", "Карим эль-Амрани", "كريم العمراني", "卡里姆·阿姆拉尼", "m"),
        ("Olga Petrenko", "Ольга Петренко", "أولغا بيترينكو", "奥尔加·彼得连科", "f"),
        ("João Ribeiro", "Жуан Рибейру", "جواو ريبيرو", "若昂·里贝罗", "m"),
        ("Sophie Martin", "Софи Мартен", "صوفي مارتان", "索菲·马丁", "f"),
        ("Batbayar Gantulga", "Батбаяр Гантулга", "باتبايار غانتولغا", "巴特巴雅尔·甘图勒嘎", "m"),
        ("Fatou Ndiaye", "Фату Ндиайе", "فاتو ندياي", "法图·恩迪亚耶", "f"),
        ("Erik Haugland", "Эрик Хаугланн", "إريك هاوغلاند", "埃里克·豪格兰", "m"),
    )
)

# -- counted nouns --------------------------------------------------------------------
# en: (singular, plural); fr, es: (singular, plural, gender); ru: (one, few,
# many, gender) in the nominative; ar: (plural after 3-10, accusative singular
# after 11-99, genitive singular after 100, gender); zh: measure word and noun.


@dataclass(frozen=True)
class Noun:
    en: tuple[str, str]
    fr: tuple[str, str, str]
    es: tuple[str, str, str]
    ru: tuple[str, str, str, str]
    ar: tuple[str, str, str, str]
    zh: str


NOUNS: dict[str, Noun] = {
    "meeting": Noun(("meeting", "meetings"), ("réunion", "réunions", "f"), ("reunión", "reuniones", "f"),
                    ("совещание", "совещания", "совещаний", "n"), ("اجتماعات", "اجتماعا", "اجتماع", "m"), "次会议"),
    "country": Noun(("country", "countries"), ("pays", "pays", "m"), ("país", "países", "m"),
                    ("страна", "страны", "стран", "f"), ("بلدان", "بلدا", "بلد", "m"), "个国家"),
    "state": Noun(("Member State", "Member States"), ("État Membre", "États Membres", "m"),
                  ("Estado Miembro", "Estados Miembros", "m"),
                  ("государство-член", "государства-члена", "государств-членов", "n"),
                  ("دول أعضاء", "دولة عضوا", "دولة عضو", "f"), "个会员国"),
    "party": Noun(("State party", "States parties"), ("État partie", "États parties", "m"),
                  ("Estado parte", "Estados partes", "m"),
                  ("государство-участник", "государства-участника", "государств-участников", "n"),
                  ("دول أطراف", "دولة طرفا", "دولة طرف", "f"), "个缔约国"),
    "workshop": Noun(("workshop", "workshops"), ("atelier", "ateliers", "m"), ("taller", "talleres", "m"),
                     ("семинар", "семинара", "семинаров", "m"), ("حلقات عمل", "حلقة عمل", "حلقة عمل", "f"), "次讲习班"),
    "expert": Noun(("expert", "experts"), ("expert", "experts", "m"), ("experto", "expertos", "m"),
                   ("эксперт", "эксперта", "экспертов", "m"), ("خبراء", "خبيرا", "خبير", "m"), "名专家"),
    "project": Noun(("project", "projects"), ("projet", "projets", "m"), ("proyecto", "proyectos", "m"),
                    ("проект", "проекта", "проектов", "m"), ("مشاريع", "مشروعا", "مشروع", "m"), "个项目"),
    "recommendation": Noun(("recommendation", "recommendations"), ("recommandation", "recommandations", "f"),
                           ("recomendación", "recomendaciones", "f"),
                           ("рекомендация", "рекомендации", "рекомендаций", "f"),
                           ("توصيات", "توصية", "توصية", "f"), "项建议"),
    "visit": Noun(("visit", "visits"), ("visite", "visites", "f"), ("visita", "visitas", "f"),
                  ("визит", "визита", "визитов", "m"), ("زيارات", "زيارة", "زيارة", "f"), "次访问"),
    "communication": Noun(("communication", "communications"), ("communication", "communications", "f"),
                          ("comunicación", "comunicaciones", "f"),
                          ("сообщение", "сообщения", "сообщений", "n"), ("بلاغات", "بلاغا", "بلاغ", "m"), "份来文"),
    "case": Noun(("case", "cases"), ("cas", "cas", "m"), ("caso", "casos", "m"),
                 ("случай", "случая", "случаев", "m"), ("حالات", "حالة", "حالة", "f"), "起案件"),
    "training": Noun(("training course", "training courses"), ("stage de formation", "stages de formation", "m"),
                     ("curso de capacitación", "cursos de capacitación", "m"),
                     ("учебный курс", "учебных курса", "учебных курсов", "m"),
                     ("دورات تدريبية", "دورة تدريبية", "دورة تدريبية", "f"), "期培训班"),
    "official": Noun(("official", "officials"), ("fonctionnaire", "fonctionnaires", "m"),
                     ("funcionario", "funcionarios", "m"),
                     ("сотрудник", "сотрудника", "сотрудников", "m"), ("موظفين", "موظفا", "موظف", "m"), "名官员"),
    "entity": Noun(("entity", "entities"), ("entité", "entités", "f"), ("entidad", "entidades", "f"),
                   ("структура", "структуры", "структур", "f"), ("كيانات", "كيانا", "كيان", "m"), "个实体"),
    "school": Noun(("school", "schools"), ("école", "écoles", "f"), ("escuela", "escuelas", "f"),
                   ("школа", "школы", "школ", "f"), ("مدارس", "مدرسة", "مدرسة", "f"), "所学校"),
    "law": Noun(("law", "laws"), ("loi", "lois", "f"), ("ley", "leyes", "f"),
                ("закон", "закона", "законов", "m"), ("قوانين", "قانونا", "قانون", "m"), "项法律"),
}

# Large amounts are rounded to thousands: "1,250,000 people" takes the plural
# (genitive plural in Russian, genitive singular in Arabic) whatever the number.
AMOUNT_NOUNS: dict[str, dict[str, str]] = {
    "people": {"en": "people", "fr": "personnes", "es": "personas", "ru": "человек", "ar": "شخص", "zh": "人"},
    "children": {"en": "children", "fr": "enfants", "es": "niños", "ru": "детей", "ar": "طفل", "zh": "名儿童"},
    "births": {"en": "births", "fr": "naissances", "es": "nacimientos", "ru": "рождений", "ar": "مولود", "zh": "例出生"},
    "hectares": {"en": "hectares", "fr": "hectares", "es": "hectáreas", "ru": "гектаров", "ar": "هكتار", "zh": "公顷"},
    "tons": {"en": "tons", "fr": "tonnes", "es": "toneladas", "ru": "тонн", "ar": "طن", "zh": "吨"},
    "dollars": {
        "en": "United States dollars", "fr": "dollars des États-Unis", "es": "dólares de los Estados Unidos",
        "ru": "долл. США", "ar": "دولار من دولارات الولايات المتحدة", "zh": "美元",
    },
}
