"""Seed Mongolian (Cyrillic) translations for resources/translations/docexam_mn.ts.

Used by tools/make_ts.py only for messages the .ts does not translate yet; after that the .ts (edited in
Qt Linguist) is the source of truth. Terms follow Mongolian passport usage: Овог (surname), Нэр (given
names), Иргэншил (nationality); "хяналтын тоо" for check digit.
"""

MN = {
    # Verdict
    "PASS": "ТЭНЦСЭН", "FAIL": "ТЭНЦЭЭГҮЙ", "UNREADABLE": "УНШИГДАХГҮЙ", "ERROR": "АЛДАА", "READY": "БЭЛЭН",
    "READING…": "УНШИЖ БАЙНА…", "%n failed": "%n алдаа", "%n warnings": "%n анхааруулга",
    # Main window
    "&Open image…": "Зураг &нээх…", "&Paste image": "Зураг &буулгах", "Enter &MRZ by hand…": "MRZ гараар &оруулах…",
    "Open the Utopia &specimen": "Утопи &загварыг нээх", "&Re-read": "Дахин &унших", "&Clear": "&Цэвэрлэх",
    "Watch a &hot folder…": "Сканнерын &хавтсыг ажиглах…", "Stop watching the hot folder": "Хавтас ажиглахыг зогсоох",
    "Zoom &in": "Томруулах", "Zoom &out": "Жижигрүүлэх", "&Fit to window": "Цонхонд &багтаах",
    "&Rotate 90°": "90° &эргүүлэх", "Show character &boxes": "Тэмдэгтийн &хүрээ харуулах",
    "&Presentation mode": "&Танилцуулгын горим", "\"&Today is\"…": "\"Өнөөдөр &бол\"…", "&Quit": "&Гарах",
    "&File": "&Файл", "&View": "&Харагдац", "&Training": "&Сургалт", "&Language": "&Хэл",
    "Findings": "Үр дүн", "Document data": "Баримт бичгийн мэдээлэл", "Reference specimen": "Жишиг загвар",
    "Recent files": "Сүүлийн файлууд", "Open a document image": "Баримт бичгийн зураг нээх",
    "Images (*.png *.jpg *.jpeg *.tif *.tiff *.bmp *.webp)": "Зураг (*.png *.jpg *.jpeg *.tif *.tiff *.bmp *.webp)",
    "The clipboard holds no image or text": "Санах ойд зураг эсвэл бичвэр алга", "pasted image": "буулгасан зураг",
    "Scanner output folder": "Сканнерын гаралтын хавтас", "Watching %1": "%1 хавтсыг ажиглаж байна",
    "Not watching a hot folder": "Хавтас ажиглаагүй байна",
    "%1 more new scans are in Recent files": "Өөр %1 шинэ скан \"Сүүлийн файлууд\"-д байна",
    "Training": "Сургалт", "Not a date: %1": "Огноо биш: %1",
    "Examine as if today were (YYYY-MM-DD); leave empty for the real date:":
        "Өнөөдрийг энэ огноо гэж үзэж шалгах (ОООО-СС-ӨӨ); жинхэнэ огноонд хоосон үлдээнэ:",
    "TRAINING — today is %1": "СУРГАЛТ — өнөөдөр %1",
    "Open an image (Ctrl+O), drop one here, or open the Utopia specimen (Ctrl+U)":
        "Зураг нээх (Ctrl+O), энд чирж оруулах, эсвэл Утопи загварыг нээх (Ctrl+U)", "page 1 of %1": "%1 хуудасны 1-р хуудас", "error": "алдаа",
    "Checkpoint Document Examiner": "Хилийн шалган нэвтрүүлэх баримт бичиг шалгагч",
    # Manual entry
    "Enter the MRZ": "MRZ оруулах", "Type or paste the 2 or 3 MRZ lines": "MRZ-ийн 2 эсвэл 3 мөрийг бичих эсвэл буулгах",
    "MRZ lines, exactly as printed (A–Z, 0–9 and <):": "MRZ-ийн мөрүүд, хэвлэгдсэнээр нь (A–Z, 0–9 ба <):",
    # Results
    "Check digits": "Хяналтын тоо", "Layout": "Бүтэц", "Codes": "Кодууд", "Dates": "Огноо", "Names": "Нэр",
    "Deviations": "Мэдэгдэж буй зөрүү", "Reading": "Уншилт", "sum": "нийлбэр", "sum mod 10": "нийлбэр mod 10",
    "Finding": "Дүгнэлт", "Where": "Байршил",
    # Data panel
    "female": "эмэгтэй", "male": "эрэгтэй", "unspecified": "тодорхойгүй", "unspecified (X)": "тодорхойгүй (X)",
    "age %1": "%1 настай", "EXPIRED %1 days ago": "ХУГАЦАА %1 ХОНОГИЙН ӨМНӨ ДУУССАН", "%1 days left": "%1 хоног үлдсэн",
    "Reference specimen: the specimen library is not installed yet.":
        "Жишиг загвар: загварын сан хараахан суулгагдаагүй байна.",
    # Fields
    "Document code": "Баримт бичгийн код", "Issuing State": "Олгосон улс", "Document number": "Баримт бичгийн дугаар",
    "Date of birth": "Төрсөн огноо", "Sex": "Хүйс", "Date of expiry": "Дуусах огноо", "Nationality": "Иргэншил",
    "Surname": "Овог", "Given names": "Нэр", "Optional data": "Нэмэлт мэдээлэл",
    "Optional data (line 2)": "Нэмэлт мэдээлэл (2-р мөр)", "Composite": "Нийлмэл", "Name": "Нэр",
    # Terms
    "letters": "үсэг", "digits": "цифр", "letters and digits": "үсэг ба цифр",
    "national passport": "үндэсний паспорт", "emergency passport": "яаралтай паспорт",
    "diplomatic passport": "дипломат паспорт", "official or service passport": "албан ба албаны паспорт",
    "refugee travel document": "дүрвэгчийн зорчих бичиг баримт", "alien's passport": "гадаадын иргэний паспорт",
    "stateless person's document": "харьяалалгүй хүний бичиг баримт", "laissez-passer": "нэвтрэх бичиг",
    "military passport": "цэргийн паспорт", "single-sheet emergency travel document": "нэг хуудас яаралтай зорчих бичиг",
    "Estonian residence permit card": "Эстонийн оршин суух зөвшөөрлийн карт",
    "German arrival certificate (Ankunftsnachweis)": "Германы ирэлтийн гэрчилгээ (Ankunftsnachweis)",
    "Maldives ordinary passport (legacy PR; under §4.4 PR means refugee)":
        "Мальдивын энгийн паспорт (хуучин PR; §4.4-өөр PR нь дүрвэгч гэсэн утгатай)",
    # Checks (desktop.checks.messages)
    "The image cannot be examined: {detail}": "Зургийг шалгах боломжгүй: {detail}",
    "No MRZ was found in the image": "Зурагнаас MRZ олдсонгүй",
    "The characters read do not form an MRZ layout": "Уншсан тэмдэгтүүд MRZ-ийн бүтэц үүсгэхгүй байна",
    "Read '{read}' as '{chosen}': only {kind} belong here, and the image allows '{chosen}'":
        "'{read}'-г '{chosen}' гэж уншив: энд зөвхөн {kind} байх ёстой бөгөөд зураг '{chosen}' байж болохыг харуулж байна",
    "The folder {folder} holds no image to examine (PNG, JPEG, TIFF, BMP or WebP)":
        "{folder} хавтаст шалгах зураг алга (PNG, JPEG, TIFF, BMP эсвэл WebP)",
    "Document code {actual}: a digit as its second character is not ICAO (letters only), but some States print one (the US permanent resident card prints C1): a known deviation":
        "Баримт бичгийн код {actual}: хоёр дахь тэмдэгт нь тоо байгаа нь ICAO-д нийцэхгүй (зөвхөн үсэг), гэвч зарим улс хэвлэдэг (АНУ-ын байнгын оршин суугчийн үнэмлэх C1 гэж хэвлэдэг): мэдэгдэж буй зөрүү",
    "The machine readable zone is cut off at the {edge} edge of the image: place the whole document on the scanner":
        "Машинаар уншигдах бүс зургийн {edge} захад тасарсан байна: баримт бичгийг бүтнээр нь сканнерт байрлуулна уу",
    "The image is too small: the MRZ characters are {px} px high (at least {min} needed); scan at 300 dpi or photograph closer":
        "Зураг хэт жижиг: MRZ-ийн тэмдэгт {px} пиксел өндөр (дор хаяж {min} шаардлагатай); 300 dpi-аар скан хийх эсвэл ойроос зураг авна уу",
    "The image is too small ({width}×{height} pixels, under {min} on its long side) to find an MRZ in: scan at 300 dpi or photograph closer":
        "Зураг MRZ хайхад хэт жижиг ({width}×{height} пиксел, урт тал нь {min}-аас бага): 300 dpi-аар скан хийх эсвэл ойроос зураг авна уу",
    "The image is blurred (edges spread over {px} px): hold the document and the camera still, or re-scan":
        "Зураг бүдэг байна (ирмэг {px} пиксел тархсан): баримт бичиг, камерыг хөдөлгөлгүй барих эсвэл дахин скан хийнэ үү",
    "Glare washes out part of MRZ line {line}: tilt the document or switch off the flash, then re-scan":
        "Гэрлийн тусгал MRZ-ийн {line}-р мөрийн хэсгийг арилгасан байна: баримт бичгийг хазайлгах эсвэл гэрэл асаагчийг унтрааж дахин скан хийнэ үү",
    "A stamp, overprint or stroke crosses the MRZ (line {line}, character {col}): the characters under it cannot be read with confidence — compare them with the page by eye and type the MRZ, or read the chip":
        "Тамга, давхар хэвлэл эсвэл зураас MRZ-ийг огтолж байна ({line}-р мөр, {col}-р тэмдэгт): доорх тэмдэгтүүдийг итгэлтэй уншиж чадахгүй — хуудастай нүдээр харьцуулж MRZ-ийг гараар оруулах эсвэл чипийг уншина уу",
    "No MRZ-like text was found: make sure the page with the two or three lines of <<< is scanned, the right way in":
        "MRZ шиг бичвэр олдсонгүй: <<< тэмдэгттэй хоёр эсвэл гурван мөр бүхий хуудсыг зөв байрлалаар скан хийсэн эсэхийг шалгана уу",
    "The characters could not be read with confidence: re-scan the document or type the MRZ by hand":
        "Тэмдэгтүүдийг итгэлтэй уншиж чадсангүй: баримт бичгийг дахин скан хийх эсвэл MRZ-ийг гараар оруулна уу",
    "left": "зүүн", "right": "баруун", "top": "дээд", "bottom": "доод",
    "{label}: printed '{viz}', as in the MRZ ('{mrz}')": "{label}: хэвлэсэн '{viz}' нь MRZ-тэй ('{mrz}') таарч байна",
    "{label}: printed '{viz}', but the MRZ says '{mrz}' — the MRZ or the data page has been altered or substituted":
        "{label}: хэвлэсэн нь '{viz}', харин MRZ-д '{mrz}' байна — MRZ эсвэл мэдээллийн хуудсыг өөрчилсөн эсвэл сольсон байна",
    "{label}: printed '{viz}' (read with low confidence) differs from the MRZ '{mrz}': compare them by eye":
        "{label}: хэвлэсэн '{viz}' (бага итгэлтэй уншсан) нь MRZ-ийн '{mrz}'-ээс ялгаатай: нүдээр харьцуулна уу",
    "{label}: the printed '{viz}' gives '{mrz}' by no transliteration table we know; States transliterate differently: compare by eye":
        "{label}: хэвлэсэн '{viz}' нь мэдэгдэж буй галиглалын хүснэгтээр '{mrz}' болохгүй; улс бүр өөрөөр галигладаг: нүдээр харьцуулна уу",
    "{label}: the printed '{viz}' could not be interpreted: compare it with the MRZ '{mrz}' by eye":
        "{label}: хэвлэсэн '{viz}'-г тайлбарлаж чадсангүй: MRZ-ийн '{mrz}'-тэй нүдээр харьцуулна уу",
    "{label}: printed '{viz}', MRZ code {mrz}: compare by eye": "{label}: хэвлэсэн '{viz}', MRZ-ийн код {mrz}: нүдээр харьцуулна уу",
    "{label}: not found in the printed data": "{label}: хэвлэсэн мэдээлэлд олдсонгүй",
    "The printed data was not compared: no reference specimen of this document shows where its fields are":
        "Хэвлэсэн мэдээллийг харьцуулаагүй: энэ баримт бичгийн талбаруудын байрлалыг харуулах жишиг загвар алга",
    "The printed data is on the other side of this document: examine that side too":
        "Хэвлэсэн мэдээлэл энэ баримт бичгийн нөгөө талд байна: тэр талыг бас шалгана уу",
    "The printed data was not compared: the text recogniser is not installed":
        "Хэвлэсэн мэдээллийг харьцуулаагүй: бичвэр танигч суулгаагүй байна",
    "{label}: not compared — the printed data is not laid out as in the reference specimen":
        "{label}: харьцуулаагүй — хэвлэсэн мэдээллийн байрлал жишиг загвартай ижил биш байна",
    "Printed data": "Хэвлэсэн мэдээлэл",
    "Uncertain reading of '{char}' (confidence {percent}%)": "'{char}'-ийн уншилт эргэлзээтэй (итгэл {percent}%)",
    "The reading is uncertain where the document fails: re-scan the document or type the MRZ by hand before "
    "judging it": "Баримт бичиг тэнцэхгүй байгаа хэсгийн уншилт эргэлзээтэй: дүгнэлт гаргахаас өмнө дахин "
                  "сканнердах эсвэл MRZ-ийг гараар оруулна уу",
    "No MRZ text was given": "MRZ бичвэр өгөгдөөгүй",
    "The file is not text: {detail}": "Файл бичвэр биш: {detail}",
    "The input is too large to be an MRZ ({size} bytes; at most {limit})":
        "Оролт MRZ байхад хэт том байна ({size} байт; дээд тал нь {limit})",
    "The file cannot be read: {detail}": "Файлыг унших боломжгүй: {detail}",
    "Only MRZ characters (A–Z, 0–9, <)": "Зөвхөн MRZ-ийн тэмдэгтүүд (A–Z, 0–9, <)",
    "'{chars}' at line {line}, column {col} is not an MRZ character (only A–Z, 0–9 and <)":
        "{line}-р мөрийн {col}-р баганы '{chars}' нь MRZ-ийн тэмдэгт биш (зөвхөн A–Z, 0–9 ба <)",
    "… and {count} more places with characters that are not MRZ characters":
        "… болон MRZ-ийн бус тэмдэгттэй өөр {count} газар",
    "{lines} lines of {length} characters: {format}": "{length} тэмдэгттэй {lines} мөр: {format}",
    "Line {line} has {length} characters; a {format} line has {expected}":
        "{line}-р мөр {length} тэмдэгттэй; {format}-ийн мөр {expected} тэмдэгттэй байдаг",
    "{lines} line(s): no MRZ format has this many lines (TD1 has 3, the others 2)":
        "{lines} мөр: ийм олон мөртэй MRZ формат байхгүй (TD1 3 мөртэй, бусад нь 2)",
    "{label} holds only {kind}": "{label} зөвхөн {kind} агуулна",
    "{label} '{actual}' may hold only {kind}{fillers}": "{label} '{actual}' зөвхөн {kind}{fillers} агуулж болно",
    "{label} '{actual}': characters after the filler; a field is filled from the left":
        "{label} '{actual}': дүүргэгчийн дараа тэмдэгт байна; талбарыг зүүнээс бөглөдөг",
    "{label} '{actual}' starts with a filler; a field is filled from the left":
        "{label} '{actual}' дүүргэгчээр эхэлж байна; талбарыг зүүнээс бөглөдөг",
    "{label} is empty": "{label} хоосон байна",
    "Document code {actual} is valid for {format}": "Баримт бичгийн код {actual} нь {format}-д хүчинтэй",
    "Document code {actual}: a {format} document code starts with {allowed}":
        "Баримт бичгийн код {actual}: {format}-ийн код {allowed}-ээр эхэлдэг",
    "PU: single-sheet emergency travel document (Part 8)": "PU: нэг хуудас яаралтай зорчих бичиг (8-р хэсэг)",
    "Document code {actual}: a 2×36 document starting with P must be PU (emergency travel document)":
        "Баримт бичгийн код {actual}: P-ээр эхэлсэн 2×36 баримт PU байх ёстой (яаралтай зорчих бичиг)",
    "Second letter of {actual}: {meaning} (Part 4 §4.4)": "{actual}-ийн хоёр дахь үсэг: {meaning} (4-р хэсэг §4.4)",
    "{actual} has no harmonised second letter, yet expires {expiry}: such passports must expire before "
    "1 January 2038 (Part 4 §4.4)": "{actual} нь нэгдсэн хоёр дахь үсэггүй боловч {expiry}-нд дуусна: ийм "
                                     "паспорт 2038 оны 1-р сарын 1-ээс өмнө дуусах ёстой (4-р хэсэг §4.4)",
    "No second letter in the document code (allowed for passports issued before 2028)":
        "Баримт бичгийн кодод хоёр дахь үсэг алга (2028 оноос өмнө олгосон паспортод зөвшөөрнө)",
    "Second letter {letter} is a national code, not one of Part 4 §4.4 (allowed for passports issued before 2026)":
        "Хоёр дахь үсэг {letter} нь үндэсний код, 4-р хэсгийн §4.4-ийнх биш (2026 оноос өмнө олгосон паспортод "
        "зөвшөөрнө)",
    "The second letter of a TD1/TD2 document code may not be V": "TD1/TD2 кодын хоёр дахь үсэг V байж болохгүй",
    "AI is not allowed as a TD1 document code": "AI нь TD1-ийн баримт бичгийн код байж болохгүй",
    "AC: crew member certificate (Part 5 App. C)": "AC: багийн гишүүний гэрчилгээ (5-р хэсэг, C хавсралт)",
    "AC (crew member certificate) exists only in TD1 size": "AC (багийн гишүүний гэрчилгээ) зөвхөн TD1 хэмжээтэй",
    "Known deviation: {code} from {state} is a {what}; not an ICAO code":
        "Мэдэгдэж буй зөрүү: {state}-ийн {code} нь {what}; ИКАО-гийн код биш",
    "{label} {code}: {country}": "{label} {code}: {country}",
    "{label} {code}: the ICAO specimen State (Utopia); no real document carries it":
        "{label} {code}: ИКАО-гийн загвар улс (Утопи); жинхэнэ баримт бичигт байдаггүй",
    "{label} {code}: deprecated code ({country})": "{label} {code}: хэрэглээнээс гарсан код ({country})",
    "{label} {code}: not an ICAO code ({country})": "{label} {code}: ИКАО-гийн код биш ({country})",
    "{label} {code} is not a code: {country}": "{label} {code} нь код биш: {country}",
    "{label} {code}: {country} — a fantasy document, issued by no State":
        "{label} {code}: {country} — ямар ч улсын олгоогүй зохиомол баримт бичиг",
    "{label} {code}: used by ICAO only to sign master lists; never on a document":
        "{label} {code}: зөвхөн ИКАО мастер жагсаалтад гарын үсэг зурахад хэрэглэдэг; баримт бичигт хэзээ ч байхгүй",
    "{label} {code}: withdrawn code ({country}); not valid on a current document":
        "{label} {code}: хүчингүй болсон код ({country}); одоогийн баримт бичигт хүчингүй",
    "{label} '{code}' is not an ICAO State or organisation code": "{label} '{code}' нь ИКАО-гийн улс, байгууллагын код биш",
    "{label} check digit {printed} is correct": "{label}: хяналтын тоо {printed} зөв",
    "{label} check digit is {printed}, but the data gives {digit}":
        "{label}: хяналтын тоо {printed} байна, харин өгөгдлөөс {digit} гарна",
    "{label} check digit position holds '{printed}', not a digit (the data gives {digit})":
        "{label}: хяналтын тооны байрлалд цифр биш '{printed}' байна (өгөгдлөөс {digit} гарна)",
    "{label} check digit cannot be computed: the data holds characters outside the MRZ set":
        "{label}: хяналтын тоог тооцох боломжгүй, өгөгдөлд MRZ-ийн бус тэмдэгт байна",
    "Optional data is empty and its check digit is '<' (allowed, Part 4 §4.2.2.2)":
        "Нэмэлт мэдээлэл хоосон, хяналтын тоо нь '<' (зөвшөөрнө, 4-р хэсэг §4.2.2.2)",
    "'<' at the document-number check digit announces a long number, but no continuation and check digit "
    "follow in the optional data": "Баримт бичгийн дугаарын хяналтын тооны байрлал дахь '<' урт дугаарыг заадаг "
                                   "боловч нэмэлт мэдээлэлд үргэлжлэл ба хяналтын тоо алга",
    "Long document number: check digit {printed} is correct (ICAO rule)":
        "Урт дугаар: хяналтын тоо {printed} зөв (ИКАО-гийн дүрэм)",
    "Long document number: check digit is {printed}, but the data gives {digit} (ICAO rule; the Belgian "
    "variant gives {belgian})": "Урт дугаар: хяналтын тоо {printed} байна, харин өгөгдлөөс {digit} гарна "
                                "(ИКАО-гийн дүрэм; Бельгийн хувилбараар {belgian})",
    "Known deviation: long-number check digit {printed} matches the Belgian variant (filler at position 15 "
    "included), not the ICAO rule ({icao})": "Мэдэгдэж буй зөрүү: урт дугаарын хяналтын тоо {printed} нь "
                                             "Бельгийн хувилбартай (15-р байрлалын дүүргэгчийг оруулсан) таарч "
                                             "байна, ИКАО-гийн дүрэмтэй биш ({icao})",
    "Long document number {number} (continues in the optional data)":
        "Урт дугаар {number} (нэмэлт мэдээлэлд үргэлжилнэ)",
    "Date of birth partly or wholly unknown ('{actual}', allowed by Part 3 §4.8)":
        "Төрсөн огноо хэсэгчлэн эсвэл бүрэн тодорхойгүй ('{actual}', 3-р хэсэг §4.8 зөвшөөрнө)",
    "Date of expiry '{actual}' holds fillers: it must be a full date":
        "Дуусах огноо '{actual}' дүүргэгч агуулж байна: бүтэн огноо байх ёстой",
    "Date of birth '{actual}' uses 00 for an unknown month or day: tolerated":
        "Төрсөн огноо '{actual}' тодорхойгүй сар, өдөрт 00 хэрэглэсэн: зөвшөөрнө",
    "{label} '{text}' is not a real calendar date": "{label} '{text}' нь бодит огноо биш",
    "{label} {date}": "{label} {date}",
    "Age {age}": "{age} настай",
    "Age {age}: very old — or the birth date is in the future; check the century":
        "{age} настай: маш өндөр настай — эсвэл төрсөн огноо ирээдүйд байна; зууныг шалгана уу",
    "Valid until {date} ({days} days left)": "{date} хүртэл хүчинтэй ({days} хоног үлдсэн)",
    "Expired on {date}, {days} days before {today}": "{date}-нд дууссан, {today}-ээс {days} хоногийн өмнө",
    "Expires more than {years} years from today ({date}): unusually long":
        "Өнөөдрөөс {years}-аас дээш жилийн дараа дуусна ({date}): ер бусын урт",
    "Expiry {date} is after the date of birth": "Дуусах огноо {date} төрсөн огнооноос хойш байна",
    "Expiry {date} is not after the date of birth {birth}": "Дуусах огноо {date} төрсөн огноо {birth}-ээс хойш биш байна",
    "Sex '{value}'": "Хүйс '{value}'",
    "Sex 'X' is not ICAO in the MRZ ('<' means unspecified); accepted":
        "MRZ дахь 'X' хүйс ИКАО-гийн биш ('<' нь тодорхойгүйг заана); хүлээн авна",
    "Sex '{value}' is not F, M or <": "Хүйс '{value}' нь F, M эсвэл < биш",
    "Digits '{actual}' in the name: names have no numerals (Part 3 §4.6)":
        "Нэрэнд '{actual}' цифр байна: нэрэнд цифр байдаггүй (3-р хэсэг §4.6)",
    "Name layout: primary identifier, '<<', secondary identifier, fillers":
        "Нэрийн бүтэц: үндсэн хэсэг, '<<', дэд хэсэг, дүүргэгч",
    "The name field is empty": "Нэрийн талбар хоосон",
    "The name does not start with a letter": "Нэр үсгээр эхлээгүй байна",
    "Stray characters '{actual}' after the name's filler run": "Нэрийн дүүргэгчийн дараа илүү тэмдэгт '{actual}' байна",
    "Known deviation: empty primary identifier (name given as secondary only, as India prints it); not "
    "ICAO-conformant": "Мэдэгдэж буй зөрүү: үндсэн хэсэг хоосон (Энэтхэгийн адил нэрийг зөвхөн дэд хэсэгт "
                       "бичсэн); ИКАО-д нийцэхгүй",
    "The name reaches the last position of its field: it may be truncated":
        "Нэр талбарын сүүлийн байрлал хүртэл үргэлжилсэн: таслагдсан байж болзошгүй",
    # Specimens and trainer tools
    "No specimen in the library": "Сангад жишиг загвар алга",
    "No document examined: choose a specimen to study": "Баримт шалгаагүй байна: судлах жишиг загвараа сонгоно уу",
    "Best match: %1": "Хамгийн тохирох: %1",
    "No specimen of this document; nearest: %1": "Энэ баримтын жишиг загвар алга; хамгийн ойр: %1",
    "No specimen of this document in the library": "Энэ баримтын жишиг загвар санд алга",
    "The scan could not be aligned with this side of the specimen: compare them side by side.":
        "Сканыг жишиг загварын энэ талтай тааруулж чадсангүй: зэрэгцүүлж харьцуулна уу.",
    "Click a security feature (◆) on the specimen or in the list to see where it should be on the document and "
    "what to look for.": "Хамгаалалтын элемент (◆)-ийг жишиг загвар эсвэл жагсаалтаас дарж, баримтын аль хэсэгт "
                         "байх ёстой, юуг анхаарахыг харна уу.",
    "Opacity": "Тунгалаг байдал", "Swipe": "Шилжүүлэх", "Side by side": "Зэрэгцүүлэх", "Overlay": "Давхарлах",
    "Make altered copies": "Өөрчилсөн хуулбар хийх", "Choose…": "Сонгох…", "Make copies": "Хуулбар хийх",
    "Specimen": "Жишиг загвар", "Alterations": "Өөрчлөлтүүд", "Save in": "Хадгалах газар",
    "Save altered copies in": "Өөрчилсөн хуулбарыг хадгалах газар",
    "Choose a specimen and at least one alteration.": "Жишиг загвар болон дор хаяж нэг өөрчлөлт сонгоно уу.",
    "The copies could not be made: %1": "Хуулбар хийж чадсангүй: %1",
    "Quiz": "Сорил", "Genuine": "Жинхэнэ", "Altered": "Өөрчилсөн", "Next document": "Дараагийн баримт",
    "Is this document genuine or altered? If altered, click where, then answer.":
        "Энэ баримт жинхэнэ үү, өөрчилсөн үү? Өөрчилсөн бол хаана болохыг дараад хариулна уу.",
    "The document is the genuine specimen.": "Энэ бол жинхэнэ жишиг загвар.",
    "Right": "Зөв", "Wrong": "Буруу", "and the right place": "байрлал ч зөв",
    "but not the right place (marked in orange)": "гэвч байрлал буруу (улбар шараар тэмдэглэсэн)",
    "The app's verdict: %1": "Програмын дүгнэлт: %1",
    "Every MRZ check passes: only the printed data and the specimen show it.":
        "MRZ-ийн бүх шалгалт тэнцэнэ: зөвхөн хэвлэсэн мэдээлэл ба жишиг загвар үүнийг илрүүлнэ.",
    "Score: %1 of %2": "Оноо: %2-оос %1",
    "Make &altered copies…": "Өөрчилсөн &хуулбар хийх…", "&Quiz…": "&Сорил…",
    "&Import specimen pack…": "Жишиг загварын багц &оруулах…",
    "User &specimen folder…": "Хэрэглэгчийн жишиг загварын &хавтас…",
    "%1 altered copies saved in %2; the others are in Recent files":
        "%1 өөрчилсөн хуулбарыг %2-д хадгаллаа; бусад нь \"Сүүлийн файлууд\"-д байна",
    "Import a specimen pack": "Жишиг загварын багц оруулах",
    "Specimen packs (*.zip meta.json)": "Жишиг загварын багц (*.zip meta.json)",
    "The pack was not imported:": "Багцыг оруулсангүй:", "Imported: %1": "Орууллаа: %1",
    "User specimen folder": "Хэрэглэгчийн жишиг загварын хавтас",
    "same issuing State": "ижил олгосон улс", "same document code": "ижил баримтын код",
    "same kind of document": "ижил төрлийн баримт", "same format": "ижил хэлбэр",
    "issued in this series": "энэ цувралд олгосон", "dates outside this series": "огноо энэ цувралаас гадуур",
    "Front": "Нүүр тал", "Back": "Ар тал", "White light": "Цагаан гэрэл", "Infrared": "Хэт улаан туяа",
    "Ultraviolet": "Хэт ягаан туяа",
    "Wrong check digit": "Буруу хяналтын тоо",
    "Changed birth date, old check digit": "Төрсөн огноо өөрчилсөн, хуучин хяналтын тоо",
    "Changed birth date, check digits recomputed": "Төрсөн огноо өөрчилсөн, хяналтын тоог дахин тооцсон",
    "Changed name": "Нэр өөрчилсөн",
    # Examination record (issue 14)
    'No examinations match': 'Тохирох шалгалт алга',
    'Close': 'Хаах',
    'Database:': 'Өгөгдлийн сан:',
    'YYYY-MM-DD (any)': 'ОООО-СС-ӨӨ (дурын)',
    'From, to:': 'Эхлэх, дуусах:',
    'Only:': 'Зөвхөн:',
    'Count by:': 'Ангилж тоолох:',
    'Analysis of examinations': 'Шалгалтын шинжилгээ',
    '&Load': '&Ачаалах',
    'Export &CSV…': '&CSV экспортлох…',
    'The log cannot be read:': 'Бүртгэлийг уншиж чадсангүй:',
    'any %1': 'дурын %1',
    '%1 of %2 examinations': '%2 шалгалтаас %1',
    'Export the table': 'Хүснэгтийг экспортлох',
    'CSV files (*.csv)': 'CSV файл (*.csv)',
    '%1 examinations written to %2': '%1 шалгалтыг %2 руу бичлээ',
    'character': 'тэмдэгт',
    'value': 'утга',
    'weight': 'жин',
    'product': 'үржвэр',
    'The examined image: the MRZ outlined in blue, failing characters in red, compared printed values dashed': 'Шалгасан зураг: MRZ цэнхэр хүрээтэй, алдаатай тэмдэгтүүд улаан, харьцуулсан хэвлэсэн утгууд тасархай хүрээтэй',
    'Reference specimen: %1': 'Жишиг загвар: %1',
    'Log entry': 'Бүртгэлийн бичилт',
    'Time (UTC)': 'Цаг (UTC)',
    'Local time': 'Орон нутгийн цаг',
    'Workstation': 'Ажлын байр',
    'Officer': 'Алба хаагч',
    'Decision': 'Шийдвэр',
    'Source': 'Эх файл',
    'Image SHA-256': 'Зургийн SHA-256',
    'no image (typed or pasted text)': 'зураггүй (гараар оруулсан эсвэл буулгасан бичвэр)',
    'Entry hash': 'Бичилтийн хэш',
    'Examined with': 'Шалгасан хэрэгсэл',
    '%1 failed, %2 warnings': '%1 алдаа, %2 анхааруулга',
    'Log settings': 'Бүртгэлийн тохиргоо',
    'Record every examination in the log': 'Шалгалт бүрийг бүртгэлд тэмдэглэх',
    'Keep the document images in the log': 'Баримт бичгийн зургийг бүртгэлд хадгалах',
    'days': 'хоног',
    'Log (SQLite file or postgresql://…):': 'Бүртгэл (SQLite файл эсвэл postgresql://…):',
    'Keep personal data and images for:': 'Хувийн мэдээлэл, зургийг хадгалах хугацаа:',
    'Workstation id:': 'Ажлын байрны дугаар:',
    "Older entries keep their verdict, codes and decision (for statistics) and lose names, numbers, notes and images. The log's hash chain stays verifiable.": 'Хугацаа хэтэрсэн бичилтэд дүгнэлт, код, шийдвэр (статистикт) үлдэж, нэр, дугаар, тэмдэглэл, зураг устгагдана. Бүртгэлийн хэш гинж шалгагдах боломжтой хэвээр үлдэнэ.',
    'Officer:': 'Алба хаагч:',
    'your name (once per session)': 'таны нэр (ээлж бүрт нэг удаа)',
    'note for the record (optional)': 'бүртгэлийн тэмдэглэл (заавал биш)',
    'Case report (PDF)…': 'Хэргийн тайлан (PDF)…',
    'Recorded in the log as entry %1. Your decision:': 'Бүртгэлд %1 бичилтээр тэмдэглэгдлээ. Таны шийдвэр:',
    'Decision recorded: %1 (entry %2).': 'Шийдвэр тэмдэглэгдлээ: %1 (бичилт %2).',
    'NOT RECORDED: %1': 'БҮРТГЭГДЭЭГҮЙ: %1',
    'Recording is off (Record ▸ Log settings).': 'Бүртгэл унтраалттай (Бүртгэл ▸ Бүртгэлийн тохиргоо).',
    'Day': 'Өдөр',
    'Week': 'Долоо хоног',
    'Verdict': 'Дүгнэлт',
    'Failing check': 'Тэнцээгүй шалгалт',
    'Alteration': 'Өөрчлөлт',
    'Entry': 'Бичилт',
    'Time': 'Цаг',
    'Format': 'Хэлбэр',
    'Code': 'Код',
    'State': 'Улс',
    'Failing checks': 'Тэнцээгүй шалгалтууд',
    'Accepted': 'Нэвтрүүлсэн',
    'Referred to second line': 'Хоёрдугаар шатны шалгалтад шилжүүлсэн',
    'Refused': 'Татгалзсан',
    'No decision recorded': 'Шийдвэр тэмдэглээгүй',
    'fails': 'тэнцээгүй',
    'warning': 'анхааруулга',
    '&Analysis…': '&Шинжилгээ…',
    '&Case report (PDF)…': '&Хэргийн тайлан (PDF)…',
    '&Verify the log': 'Бүртгэлийг &шалгах',
    '&Purge old personal data now': 'Хуучин хувийн мэдээллийг одоо &устгах',
    'Log &settings…': 'Бүртгэлийн &тохиргоо…',
    '&Record': '&Бүртгэл',
    'Nothing recorded to report on: examine a document first': 'Тайлагнах бүртгэл алга: эхлээд баримт бичиг шалгана уу',
    'Save the case report': 'Хэргийн тайланг хадгалах',
    'PDF files (*.pdf)': 'PDF файл (*.pdf)',
    'Case report saved: %1': 'Хэргийн тайлан хадгалагдлаа: %1',
    'The log is intact: %1 entries verified (%2 purged).': 'Бүртгэл бүрэн бүтэн: %1 бичилт шалгагдсан (%2 нь хувийн мэдээлэлгүй болсон).',
    'THE LOG HAS BEEN ALTERED at entry %1: %2': 'БҮРТГЭЛД ӨӨРЧЛӨЛТ ОРСОН: бичилт %1: %2',
    'Personal data of %1 old entries removed': '%1 хуучин бичилтийн хувийн мэдээлэл устгагдлаа',
    '&Accept': '&Нэвтрүүлэх',
    'Refer to &second line': '&Хоёрдугаар шатанд шилжүүлэх',
    'Re&fuse': '&Татгалзах',
    'accepted': 'нэвтрүүлсэн',
    'referred to second line': 'хоёрдугаар шатанд шилжүүлсэн',
    'refused': 'татгалзсан',
    'Case report — examination of a travel document': 'Хэргийн тайлан — зорчих баримт бичгийн шалгалт',
    'Machine readable zone as read': 'Уншсан машинаар унших бүс (MRZ)',
    'Findings that failed or warned': 'Тэнцээгүй болон анхааруулгатай дүгнэлтүүд',
    'No check failed and none warned.': 'Тэнцээгүй болон анхааруулгатай шалгалт алга.',
    'No image of the document is kept in the log for this examination.': 'Энэ шалгалтын баримт бичгийн зураг бүртгэлд хадгалагдаагүй.',
    'This report reproduces log entry %1. To check that it matches the log: docexam log show %1 (the entry hash above must be the same) and docexam log verify.': 'Энэ тайлан бүртгэлийн %1 бичилтийг харуулна. Бүртгэлтэй тохирохыг шалгах: docexam log show %1 (дээрх бичилтийн хэш ижил байх ёстой) ба docexam log verify.',
    'The 7-3-1 working:': '7-3-1 тооцоо:',
    'line': 'мөр',
    'position': 'байрлал',
    'Case report': 'Хэргийн тайлан',
    "undecided": "шийдвэргүй",
    # The chip (desktop.chip, the Chip tab)
    "Chip": "Чип",
    "The chip opened with the access key from the MRZ ({protocol})": "Чип MRZ-ийн нэвтрэх түлхүүрээр нээгдлээ ({protocol})",
    "The chip refused the access key from the MRZ: {detail}": "Чип MRZ-ийн нэвтрэх түлхүүрийг хүлээж авсангүй: {detail}",
    "The chip offers {pace}, which this tool does not support; it was opened with BAC, which it also offers":
        "Чип {pace} санал болгож байгаа ч энэ хэрэгсэл түүнийг дэмждэггүй; түүний бас дэмждэг BAC-аар нээв",
    "The chip could not be read: {detail}": "Чипийг уншиж чадсангүй: {detail}",
    "PACE did not complete ({detail}); the chip was opened with BAC": "PACE дуусаагүй ({detail}); чипийг BAC-аар нээв",
    "The security object (EF.SOD) verifies with its Document Signer certificate: {ds}":
        "Хамгаалалтын объект (EF.SOD) баримт гарын үсэг зурагчийн гэрчилгээгээр баталгаажлаа: {ds}",
    "The security object's signature does not verify ({detail}): the chip's data cannot be trusted":
        "Хамгаалалтын объектын гарын үсэг баталгаажихгүй байна ({detail}): чипийн мэдээлэлд итгэж болохгүй",
    "The security object's signature cannot be checked by this tool: {detail}":
        "Хамгаалалтын объектын гарын үсгийг энэ хэрэгслээр шалгах боломжгүй: {detail}",
    "The chip holds no security object (EF.SOD): its data is not signed":
        "Чипэд хамгаалалтын объект (EF.SOD) алга: мэдээлэл нь гарын үсэггүй",
    "The Document Signer certificate is issued by a trusted CSCA: {csca}":
        "Баримт гарын үсэг зурагчийн гэрчилгээг итгэмжлэгдсэн CSCA олгосон: {csca}",
    "The signature cannot be traced to a trusted State: {detail}":
        "Гарын үсгийг итгэмжлэгдсэн улс хүртэл мөрдөх боломжгүй: {detail}",
    "The Document Signer certificate does not chain to a trusted CSCA: {detail}":
        "Баримт гарын үсэг зурагчийн гэрчилгээ итгэмжлэгдсэн CSCA-тай холбогдохгүй байна: {detail}",
    "The {which} certificate expired on {date}: a document signed while it was valid stays valid, but check the document's own dates":
        "{which} гэрчилгээний хугацаа {date}-нд дууссан: хүчинтэй байхад нь гарын үсэг зурсан баримт хүчинтэй хэвээр, гэхдээ баримтын огноог шалгана уу",
    "DG{number} ({what}) matches its hash in the security object":
        "DG{number} ({what}) хамгаалалтын объект дахь хэштэйгээ таарч байна",
    "DG{number} ({what}) does not match its hash in the security object: the chip's data has been altered":
        "DG{number} ({what}) хамгаалалтын объект дахь хэштэйгээ таарахгүй байна: чипийн мэдээллийг өөрчилсөн",
    "DG{number} ({what}) is on the chip but not in the security object: unsigned data":
        "DG{number} ({what}) чипэд байгаа боловч хамгаалалтын объектод алга: гарын үсэггүй мэдээлэл",
    "The chip's MRZ (DG1) is the same as the MRZ read from the page": "Чипийн MRZ (DG1) хуудаснаас уншсан MRZ-тэй ижил байна",
    "The chip's MRZ (DG1) differs from the printed MRZ at {count} position(s) ({where}): the data page and the chip do not belong together":
        "Чипийн MRZ (DG1) хэвлэсэн MRZ-ээс {count} байрлалд ялгаатай ({where}): мэдээллийн хуудас ба чип нэг баримтынх биш",
    "The chip's MRZ (DG1) differs from the MRZ read from the page only where the reading was uncertain ({where}): re-scan or compare by eye":
        "Чипийн MRZ (DG1) уншлага эргэлзээтэй байсан хэсэгт л ялгаатай ({where}): дахин сканнердах эсвэл нүдээр харьцуулна уу",
    "CHIP VERIFIED": "ЧИП БАТАЛГААЖСАН", "CHIP FAILS": "ЧИП ТЭНЦЭЭГҮЙ", "CHIP NOT READ": "ЧИП УНШИГДААГҮЙ",
    "Reading the chip…": "Чипийг уншиж байна…", "No chip read": "Чип уншаагүй",
    "No reader with a card is present: place the passport's data page on the reader and press Read the chip.":
        "Карттай уншигч алга: паспортын мэдээллийн хуудсыг уншигч дээр тавиад \"Чип унших\" товчийг дарна уу.",
    "Open a document with an MRZ; its chip is read when a reader with a card is present.":
        "MRZ-тэй баримт нээнэ үү; карттай уншигч байвал чипийг нь уншина.",
    "Keep the document on the reader.": "Баримтыг уншигч дээрээс бүү ав.",
    "Read the chip": "Чип унших", "Chip photo (DG2)": "Чип дэх зураг (DG2)", "Photo on the page": "Хуудсан дээрх зураг",
    "no photo read": "зураг уншаагүй", "no page photo": "хуудасны зураг алга", "Reader: %1": "Уншигч: %1",
    "access: %1": "нэвтрэлт: %1", "%1 ms": "%1 мс", "MRZ in the chip": "Чип дэх MRZ",
    "full name": "бүтэн нэр", "place of birth": "төрсөн газар", "personal number": "регистрийн дугаар",
    "full date of birth": "төрсөн он сар өдөр", "address": "хаяг", "profession": "мэргэжил",
    "issuing authority": "олгосон байгууллага", "date of issue": "олгосон огноо",
    "security protocols": "хамгаалалтын протоколууд", "Active Authentication key": "Идэвхтэй баталгаажуулалтын түлхүүр",
    "Data groups read: %1": "Уншсан өгөгдлийн бүлгүүд: %1", "Document Signer": "Баримт гарын үсэг зурагч",
    "valid %1 to %2": "%1-ээс %2 хүртэл хүчинтэй",
    # what a chip's data group holds (Terms)
    "MRZ": "MRZ", "face": "нүүрний зураг", "fingerprints": "хурууны хээ", "iris": "солонгон бүрхэвч",
    "portrait": "хөрөг зураг", "signature": "гарын үсэг", "personal details": "хувийн мэдээлэл",
    "document details": "баримтын мэдээлэл", "optional details": "нэмэлт мэдээлэл",
    "security options": "хамгаалалтын сонголтууд", "persons to notify": "мэдэгдэх хүмүүс", "data": "мэдээлэл",
    # issue 20: the chip's issuer binding, saved reads, "not verified"
    "The Document Signer and its CSCA belong to the issuing State {code} ({country})":
        "Баримт гарын үсэг зурагч болон түүний CSCA нь баримт олгосон улс {code} ({country})-д харьяалагдана",
    "The chip is signed by certificates of {country}, but the document's issuing State is {code}: a signer of one State cannot vouch for another's document":
        "Чипийг {country}-ийн гэрчилгээгээр гарын үсэг зурсан боловч баримт олгосон улс нь {code}: нэг улсын гарын үсэг зурагч өөр улсын баримтыг баталж чадахгүй",
    "Whether the signer ({country}) belongs to the issuing State {code} cannot be decided by this tool":
        "Гарын үсэг зурагч ({country}) баримт олгосон улс {code}-д харьяалагдах эсэхийг энэ хэрэгслээр тогтоох боломжгүй",
    "The Document Signer ({ds}) and its CSCA ({csca}) belong to different States":
        "Баримт гарын үсэг зурагч ({ds}) болон түүний CSCA ({csca}) өөр өөр улсынх",
    "No MRZ or DG1 names the issuing State: the signer's State is not compared":
        "Баримт олгосон улсыг MRZ эсвэл DG1 заагаагүй: гарын үсэг зурагчийн улсыг харьцуулаагүй",
    "No data group was saved with the security object: only its signature and chain are verified":
        "Хамгаалалтын объекттой хамт мэдээллийн бүлэг хадгалаагүй: зөвхөн гарын үсэг ба гинжийг баталгаажуулсан",
    "The MRZ cannot be compared with the chip: no readable DG1 was saved":
        "MRZ-ийг чиптэй харьцуулах боломжгүй: уншигдах DG1 хадгалаагүй",
    "CHIP NOT VERIFIED": "ЧИП БАТАЛГААЖААГҮЙ", "Not verified: %1": "Баталгаажаагүй: %1",
    "Save the read…": "Уншлагыг хадгалах…", "Save the chip read to a folder": "Чипийн уншлагыг хавтсанд хадгалах",
    "The read could not be saved: %1": "Уншлагыг хадгалж чадсангүй: %1",
    "Saved to %1: verify it with docexam chip verify FOLDER": "%1-д хадгаллаа: docexam chip verify FOLDER-оор шалгана уу",
    "The Document Signer belongs to the issuing State {code} ({country}); its CSCA is not known":
        "Баримт гарын үсэг зурагч нь баримт олгосон улс {code} ({country})-д харьяалагдана; түүний CSCA тодорхойгүй",
    # Clone detection (issue 20)
    'Active Authentication: the chip signed our challenge with the key in DG15 ({scheme}): it is not a copy':
        'Идэвхтэй баталгаажуулалт: чип бидний сорилтод DG15 дахь түлхүүрээр гарын үсэг зурлаа ({scheme}): хуулбар биш',
    "Active Authentication failed ({detail}): the chip does not hold the key of its own DG15 — a copy of another chip's data":
        'Идэвхтэй баталгаажуулалт амжилтгүй ({detail}): чип өөрийн DG15-ийн түлхүүрийг агуулаагүй — өөр чипийн өгөгдлийн хуулбар',
    'The chip refused Active Authentication ({detail}) although its DG15 holds a key: a genuine chip answers — treat it as a copy':
        'DG15-д түлхүүр байгаа хэдий ч чип идэвхтэй баталгаажуулалтаас татгалзлаа ({detail}): жинхэнэ чип хариулдаг — хуулбар гэж үзнэ үү',
    'Active Authentication cannot be checked by this tool: {detail}':
        'Идэвхтэй баталгаажуулалтыг энэ хэрэгсэл шалгах боломжгүй: {detail}',
    'The chip holds the key in DG15 ({scheme}), but DG15 is not vouched for by the security object: not proof that the chip is genuine':
        'Чип DG15 дахь түлхүүрийг агуулж байна ({scheme}), гэвч DG15-г аюулгүй байдлын объект баталгаажуулаагүй: чип жинхэнэ гэдгийн нотолгоо биш',
    'The chip has no Active Authentication key (DG15)':
        'Чипэд идэвхтэй баталгаажуулалтын түлхүүр (DG15) байхгүй',
    'Active Authentication needs the chip itself: a saved read cannot show that it came from the genuine chip':
        'Идэвхтэй баталгаажуулалтад чип өөрөө хэрэгтэй: хадгалсан уншлага нь жинхэнэ чипээс гарсныг харуулж чадахгүй',
    'Chip Authentication: the chip agreed new keys with the key in DG14 ({protocol}): it is not a copy':
        'Чипийн баталгаажуулалт: чип DG14 дахь түлхүүрээр шинэ түлхүүр тохиролцлоо ({protocol}): хуулбар биш',
    "Chip Authentication failed ({detail}): the chip does not hold the key of its own DG14 — a copy of another chip's data":
        'Чипийн баталгаажуулалт амжилтгүй ({detail}): чип өөрийн DG14-ийн түлхүүрийг агуулаагүй — өөр чипийн өгөгдлийн хуулбар',
    'The chip refused Chip Authentication ({detail}) although its DG14 offers it: a genuine chip answers — treat it as a copy':
        'DG14 санал болгож байгаа хэдий ч чип чипийн баталгаажуулалтаас татгалзлаа ({detail}): жинхэнэ чип хариулдаг — хуулбар гэж үзнэ үү',
    'Chip Authentication cannot be checked by this tool: {detail}':
        'Чипийн баталгаажуулалтыг энэ хэрэгсэл шалгах боломжгүй: {detail}',
    'The chip holds the key in DG14 ({protocol}), but DG14 is not vouched for by the security object: not proof that the chip is genuine':
        'Чип DG14 дахь түлхүүрийг агуулж байна ({protocol}), гэвч DG14-г аюулгүй байдлын объект баталгаажуулаагүй: чип жинхэнэ гэдгийн нотолгоо биш',
    'The chip offers no Chip Authentication (no key in DG14)':
        'Чип чипийн баталгаажуулалт санал болгодоггүй (DG14-д түлхүүр байхгүй)',
    "Chip Authentication by PACE-CAM: the chip proved it holds the key its signed EF.CardSecurity names ({curve}): it is not a copy":
        'PACE-CAM-аар чипийн баталгаажуулалт: чип гарын үсэгтэй EF.CardSecurity-д заасан түлхүүрийг агуулж байгааг нотоллоо ({curve}): хуулбар биш',
    "Chip Authentication by PACE-CAM failed ({detail}): treat the chip as a copy of another chip's data":
        'PACE-CAM-аар чипийн баталгаажуулалт амжилтгүй ({detail}): чипийг өөр чипийн өгөгдлийн хуулбар гэж үзнэ үү',
    'Chip Authentication by PACE-CAM cannot be decided by this tool: {detail}':
        'PACE-CAM-аар чипийн баталгаажуулалтыг энэ хэрэгсэл шийдэх боломжгүй: {detail}',
    "The chip opened with the card access number ({protocol})":
        "Чип картын нэвтрэх дугаараар нээгдлээ ({protocol})",
    "CAN": "CAN", "6 digits": "6 орон",
    "The card access number printed on an ID card or residence permit: opens a chip that needs PACE. Leave empty to use the MRZ.":
        "Иргэний үнэмлэх эсвэл оршин суух зөвшөөрөл дээр хэвлэсэн картын нэвтрэх дугаар: PACE шаарддаг чипийг нээнэ. MRZ ашиглах бол хоосон үлдээнэ үү.",
    "Printed data: %1 of %2 fields compared": "Хэвлэсэн мэдээлэл: %2 талбараас %1-ийг харьцуулсан",
    "%1 of %2 printed fields compared": "хэвлэсэн %2 талбараас %1-ийг харьцуулсан",
    "The MRZ's surname ({surname}), document number ({number}) and date of birth ({birth}) are printed nowhere on this page, though {lines} lines of it were read clearly: the MRZ or the data page has been substituted":
        "MRZ-ийн овог ({surname}), баримт бичгийн дугаар ({number}), төрсөн огноо ({birth}) энэ хуудсанд хаана ч хэвлэгдээгүй, гэтэл хуудасны {lines} мөрийг тод уншсан: MRZ эсвэл мэдээллийн хуудсыг сольсон байна",
    "The printed page shows the MRZ's own data ({count} of surname, document number, date of birth found in the printed text)":
        "Хэвлэсэн хуудсанд MRZ-ийн өөрийн мэдээлэл байна (овог, баримт бичгийн дугаар, төрсөн огнооноос {count} нь хэвлэсэн бичвэрт олдсон)",
    "{label}: the value read beside its label ('{viz}') differs from the MRZ, but the MRZ's '{mrz}' is printed elsewhere on the page: compare them by eye":
        "{label}: шошгын хажууд уншсан утга ('{viz}') MRZ-ээс өөр боловч MRZ-ийн '{mrz}' хуудасны өөр газар хэвлэгдсэн байна: нүдээр харьцуулна уу",
    "Chip fails: %1": "Чип тэнцээгүй: %1", "Chip not verified: %1": "Чип баталгаажаагүй: %1",
    "a copy of another chip": "өөр чипийн хуулбар",
    "its data altered since signing": "гарын үсэг зурсны дараа өгөгдлийг өөрчилсөн",
    "not signed by the issuing State": "баримт олгосон улс гарын үсэг зураагүй",
    "signed by another State": "өөр улс гарын үсэг зурсан",
    "its MRZ differs from the page": "MRZ нь хуудасныхаас ялгаатай",
    "it refused the access key": "нэвтрэх түлхүүрээс татгалзсан",
    "The chip read could not be recorded: %1": "Чипийн уншлагыг бүртгэж чадсангүй: %1",
    "The chip (log entry %1)": "Чип (бүртгэлийн бичлэг %1)", "Every chip check passed.": "Чипийн бүх шалгалт тэнцсэн.",
    "Access": "Нэвтрэлт", "Data groups read": "Уншсан өгөгдлийн бүлгүүд",
    "The stored chip read does not match the hash recorded with it: it is not shown.":
        "Хадгалсан чипийн уншлага түүнтэй хамт бүртгэсэн хэштэй таарахгүй байна: харуулахгүй.",
    "The photo stored in the chip (DG2)": "Чипэд хадгалсан зураг (DG2)",
    "The chip's full name (DG11: {name}) agrees with the name in the MRZ":
        "Чипийн бүтэн нэр (DG11: {name}) MRZ дахь нэртэй тохирч байна",
    "The chip's full name (DG11: {name}) does not agree with the MRZ's name ({mrz}) even allowing for transliteration: compare it with the printed name by eye":
        "Чипийн бүтэн нэр (DG11: {name}) галиглалыг тооцсон ч MRZ-ийн нэртэй ({mrz}) тохирохгүй байна: хэвлэсэн нэртэй нүдээр харьцуулна уу",
    "Import CSCA &master list or certificate…": "CSCA &мастер жагсаалт эсвэл гэрчилгээ оруулах…",
    "Import CSCA master list or certificate": "CSCA мастер жагсаалт эсвэл гэрчилгээ оруулах",
    "Master lists, certificates and CRLs": "Мастер жагсаалт, гэрчилгээ ба CRL", "All files (*)": "Бүх файл (*)",
    "Trust a new CSCA?": "Шинэ CSCA-д итгэх үү?",
    "%1 is not vouched for by any CSCA this workstation trusts. Import it only if your unit published one of these fingerprints and you have compared it by telephone, letter or a signed message:":
        "%1-ийг энэ ажлын байрны итгэдэг ямар ч CSCA баталгаажуулаагүй. Танай нэгж эдгээр хурууны хээний аль нэгийг нийтэлсэн бөгөөд та үүнийг утас, захидал эсвэл гарын үсэгтэй мессежээр тулгасан бол л оруулна уу:",
    "Type the fingerprint your unit gave you (spaces and colons do not matter):":
        "Танай нэгжийн өгсөн хурууны хээг бичнэ үү (зай ба хоёр цэг хамаагүй):",
    "Import": "Оруулах",
    "This is not one of the fingerprints above: do not import.": "Энэ нь дээрх хурууны хээнүүдийн нэг биш: бүү оруул.",
    "Not imported": "Оруулсангүй",
    "Log head when printed": "Хэвлэх үеийн бүртгэлийн сүүлийн бичлэг",
    "The stored image does not match the SHA-256 recorded with this examination: it is not shown (docexam log verify).":
        "Хадгалсан зураг энэ шалгалттай хамт бүртгэсэн SHA-256-тай таарахгүй байна: харуулахгүй (docexam log verify).",
    "Pages {first}–{last} of this file were not examined: together they hold more than {budget} million pixels; split the file and examine the rest":
        "Энэ файлын {first}–{last} хуудсыг шалгаагүй: нийлээд {budget} сая пикселээс их байна; файлыг хувааж үлдсэнийг шалгана уу",
    "(empty)": "(хоосон)",
    "%1 more new scans are waiting": "Дахиад %1 шинэ скан хүлээгдэж байна",
    " and <": " болон <",
    "Training examinations (made under a trainer's date)": "Сургалтын шалгалтууд (сургагчийн огноогоор хийсэн)",
    "The reading is uncertain at {where}, where no check digit can confirm it (a name or code): re-scan the document or type the MRZ by hand before judging it":
        "{where}-д уншилт тодорхойгүй бөгөөд үүнийг хяналтын тоо баталж чадахгүй (нэр эсвэл код): баримтыг дахин скан хийх эсвэл MRZ-ийг гараар бичээд дараа нь шалгана уу",
}

# Reviewed corrections (../shared/mongolian.md, high confidence, 2026-12): make_ts.py applies them over the .ts
# every time, so a text once wrong cannot come back from an old seed.
REVIEWED = {
    "%n failed": "%n тэнцээгүй", "%n warnings": "%n анхааруулга",
    "%1 failed, %2 warnings": "%1 тэнцээгүй, %2 анхааруулга",
    "Opacity": "Тунгалаг бус байдал",
    "alien's passport": "оршин суугч гадаадын хүнд олгосон паспорт",
    "official or service passport": "албан буюу үйлчилгээний паспорт",
    "No specimen in the library": "Санд жишиг загвар алга",
    "No MRZ was found in the image": "Зургаас MRZ олдсонгүй",
    "Score: %1 of %2": "Оноо: %1/%2",
    "Finding": "Үр дүн",
    "Machine readable zone as read": "Машинаар уншигдах бүс (MRZ) — уншсан байдлаар",
    "Zoom &in": "&Томруулах", "Zoom &out": "&Жижигрүүлэх",
    "Swipe": "Гулсуулж харьцуулах",
}
# One word for each thing (the glossary): applied to every translation.
GLOSSARY = [("зорчих бичиг баримт", "зорчих баримт бичиг"), ("Зорчих бичиг баримт", "Зорчих баримт бичиг"),
            ("Сангад", "Санд"), ("сангад", "санд"), ("Зурагнаас", "Зургаас"), ("ICAO-ийн", "ИКАО-ийн")]
