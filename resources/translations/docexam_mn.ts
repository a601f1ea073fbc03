<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="mn_MN">
  <context>
    <name />
    <message>
      <source>No specimen in the library</source>
      <translation type="vanished">Сангад жишиг загвар алга</translation>
    </message>
    <message>
      <source>No document examined: choose a specimen to study</source>
      <translation type="vanished">Баримт шалгаагүй байна: судлах жишиг загвараа сонгоно уу</translation>
    </message>
    <message>
      <source>Best match: %1</source>
      <translation type="vanished">Хамгийн тохирох: %1</translation>
    </message>
    <message>
      <source>No specimen of this document; nearest: %1</source>
      <translation type="vanished">Энэ баримтын жишиг загвар алга; хамгийн ойр: %1</translation>
    </message>
    <message>
      <source>No specimen of this document in the library</source>
      <translation type="vanished">Энэ баримтын жишиг загвар санд алга</translation>
    </message>
    <message>
      <source>The scan could not be aligned with this side of the specimen: compare them side by side.</source>
      <translation type="vanished">Сканыг жишиг загварын энэ талтай тааруулж чадсангүй: зэрэгцүүлж харьцуулна уу.</translation>
    </message>
    <message>
      <source>Click a security feature (◆) on the specimen or in the list to see where it should be on the document and what to look for.</source>
      <translation type="vanished">Хамгаалалтын элемент (◆)-ийг жишиг загвар эсвэл жагсаалтаас дарж, баримтын аль хэсэгт байх ёстой, юуг анхаарахыг харна уу.</translation>
    </message>
    <message>
      <source>Opacity</source>
      <translation type="vanished">Тунгалаг байдал</translation>
    </message>
    <message>
      <source>Swipe</source>
      <translation type="vanished">Шилжүүлэх</translation>
    </message>
    <message>
      <source>Make altered copies</source>
      <translation type="vanished">Өөрчилсөн хуулбар хийх</translation>
    </message>
    <message>
      <source>Choose…</source>
      <translation type="vanished">Сонгох…</translation>
    </message>
    <message>
      <source>Make copies</source>
      <translation type="vanished">Хуулбар хийх</translation>
    </message>
    <message>
      <source>Specimen</source>
      <translation type="vanished">Жишиг загвар</translation>
    </message>
    <message>
      <source>Alterations</source>
      <translation type="vanished">Өөрчлөлтүүд</translation>
    </message>
    <message>
      <source>Save in</source>
      <translation type="vanished">Хадгалах газар</translation>
    </message>
    <message>
      <source>Save altered copies in</source>
      <translation type="vanished">Өөрчилсөн хуулбарыг хадгалах газар</translation>
    </message>
    <message>
      <source>Choose a specimen and at least one alteration.</source>
      <translation type="vanished">Жишиг загвар болон дор хаяж нэг өөрчлөлт сонгоно уу.</translation>
    </message>
    <message>
      <source>The copies could not be made: %1</source>
      <translation type="vanished">Хуулбар хийж чадсангүй: %1</translation>
    </message>
    <message>
      <source>Quiz</source>
      <translation type="vanished">Сорил</translation>
    </message>
    <message>
      <source>Genuine</source>
      <translation type="vanished">Жинхэнэ</translation>
    </message>
    <message>
      <source>Altered</source>
      <translation type="vanished">Өөрчилсөн</translation>
    </message>
    <message>
      <source>Next document</source>
      <translation type="vanished">Дараагийн баримт</translation>
    </message>
    <message>
      <source>Is this document genuine or altered? If altered, click where, then answer.</source>
      <translation type="vanished">Энэ баримт жинхэнэ үү, өөрчилсөн үү? Өөрчилсөн бол хаана болохыг дараад хариулна уу.</translation>
    </message>
    <message>
      <source>The document is the genuine specimen.</source>
      <translation type="vanished">Энэ бол жинхэнэ жишиг загвар.</translation>
    </message>
    <message>
      <source>Right</source>
      <translation type="vanished">Зөв</translation>
    </message>
    <message>
      <source>Wrong</source>
      <translation type="vanished">Буруу</translation>
    </message>
    <message>
      <source>and the right place</source>
      <translation type="vanished">байрлал ч зөв</translation>
    </message>
    <message>
      <source>but not the right place (marked in orange)</source>
      <translation type="vanished">гэвч байрлал буруу (улбар шараар тэмдэглэсэн)</translation>
    </message>
    <message>
      <source>The app's verdict: %1</source>
      <translation type="vanished">Програмын дүгнэлт: %1</translation>
    </message>
    <message>
      <source>Every MRZ check passes: only the printed data and the specimen show it.</source>
      <translation type="vanished">MRZ-ийн бүх шалгалт тэнцэнэ: зөвхөн хэвлэсэн мэдээлэл ба жишиг загвар үүнийг илрүүлнэ.</translation>
    </message>
    <message>
      <source>Score: %1 of %2</source>
      <translation type="vanished">Оноо: %2-оос %1</translation>
    </message>
  </context>
  <context>
    <name>AlterDialog</name>
    <message>
      <location filename="../../desktop/ui/trainer.py" line="44" />
      <source>Make altered copies</source>
      <translation>Өөрчилсөн хуулбар хийх</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/trainer.py" line="59" />
      <source>Choose…</source>
      <translation>Сонгох…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/trainer.py" line="67" />
      <source>Make copies</source>
      <translation>Хуулбар хийх</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/trainer.py" line="71" />
      <source>Specimen</source>
      <translation>Жишиг загвар</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/trainer.py" line="72" />
      <source>Alterations</source>
      <translation>Өөрчлөлтүүд</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/trainer.py" line="73" />
      <source>Save in</source>
      <translation>Хадгалах газар</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/trainer.py" line="78" />
      <source>Save altered copies in</source>
      <translation>Өөрчилсөн хуулбарыг хадгалах газар</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/trainer.py" line="86" />
      <source>Choose a specimen and at least one alteration.</source>
      <translation>Жишиг загвар болон дор хаяж нэг өөрчлөлт сонгоно уу.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/trainer.py" line="92" />
      <source>The copies could not be made: %1</source>
      <translation>Хуулбар хийж чадсангүй: %1</translation>
    </message>
  </context>
  <context>
    <name>Analysis</name>
    <message>
      <location filename="../../desktop/ui/analysis.py" line="19" />
      <source>Day</source>
      <translation>Өдөр</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/analysis.py" line="19" />
      <source>Week</source>
      <translation>Долоо хоног</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/analysis.py" line="20" />
      <location filename="../../desktop/ui/analysis.py" line="29" />
      <source>Verdict</source>
      <translation>Дүгнэлт</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/analysis.py" line="20" />
      <source>Issuing State</source>
      <translation>Олгосон улс</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/analysis.py" line="21" />
      <location filename="../../desktop/ui/analysis.py" line="31" />
      <source>Nationality</source>
      <translation>Иргэншил</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/analysis.py" line="22" />
      <source>Document code</source>
      <translation>Баримт бичгийн код</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/analysis.py" line="23" />
      <source>Failing check</source>
      <translation>Тэнцээгүй шалгалт</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/analysis.py" line="23" />
      <location filename="../../desktop/ui/analysis.py" line="32" />
      <source>Alteration</source>
      <translation>Өөрчлөлт</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/analysis.py" line="24" />
      <location filename="../../desktop/ui/analysis.py" line="33" />
      <source>Decision</source>
      <translation>Шийдвэр</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/analysis.py" line="24" />
      <location filename="../../desktop/ui/analysis.py" line="28" />
      <source>Workstation</source>
      <translation>Ажлын байр</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/analysis.py" line="27" />
      <source>Entry</source>
      <translation>Бичилт</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/analysis.py" line="27" />
      <source>Time</source>
      <translation>Цаг</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/analysis.py" line="28" />
      <source>Officer</source>
      <translation>Алба хаагч</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/analysis.py" line="29" />
      <source>Format</source>
      <translation>Хэлбэр</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/analysis.py" line="30" />
      <source>Code</source>
      <translation>Код</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/analysis.py" line="30" />
      <source>State</source>
      <translation>Улс</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/analysis.py" line="32" />
      <source>Failing checks</source>
      <translation>Тэнцээгүй шалгалтууд</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/analysis.py" line="35" />
      <source>undecided</source>
      <translation>шийдвэргүй</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/analysis.py" line="81" />
      <source>No examinations match</source>
      <translation>Тохирох шалгалт алга</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/analysis.py" line="152" />
      <source>Close</source>
      <translation>Хаах</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/analysis.py" line="158" />
      <source>Database:</source>
      <translation>Өгөгдлийн сан:</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/analysis.py" line="161" />
      <source>YYYY-MM-DD (any)</source>
      <translation>ОООО-СС-ӨӨ (дурын)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/analysis.py" line="164" />
      <source>From, to:</source>
      <translation>Эхлэх, дуусах:</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/analysis.py" line="170" />
      <source>Only:</source>
      <translation>Зөвхөн:</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/analysis.py" line="172" />
      <source>Training examinations (made under a trainer's date)</source>
      <translation>Сургалтын шалгалтууд (сургагчийн огноогоор хийсэн)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/analysis.py" line="175" />
      <source>Count by:</source>
      <translation>Ангилж тоолох:</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/analysis.py" line="189" />
      <source>Analysis of examinations</source>
      <translation>Шалгалтын шинжилгээ</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/analysis.py" line="190" />
      <source>&amp;Load</source>
      <translation>&amp;Ачаалах</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/analysis.py" line="191" />
      <source>Export &amp;CSV…</source>
      <translation>&amp;CSV экспортлох…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/analysis.py" line="204" />
      <source>The log cannot be read:</source>
      <translation>Бүртгэлийг уншиж чадсангүй:</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/analysis.py" line="208" />
      <source>any %1</source>
      <translation>дурын %1</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/analysis.py" line="239" />
      <source>%1 of %2 examinations</source>
      <translation>%2 шалгалтаас %1</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/analysis.py" line="247" />
      <source>Export the table</source>
      <translation>Хүснэгтийг экспортлох</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/analysis.py" line="248" />
      <source>CSV files (*.csv)</source>
      <translation>CSV файл (*.csv)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/analysis.py" line="255" />
      <source>%1 examinations written to %2</source>
      <translation>%1 шалгалтыг %2 руу бичлээ</translation>
    </message>
  </context>
  <context>
    <name>CaseReport</name>
    <message>
      <location filename="../../desktop/ui/case_report.py" line="30" />
      <source>PASS</source>
      <translation>ТЭНЦСЭН</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/case_report.py" line="30" />
      <source>FAIL</source>
      <translation>ТЭНЦЭЭГҮЙ</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/case_report.py" line="31" />
      <source>UNREADABLE</source>
      <translation>УНШИГДАХГҮЙ</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/case_report.py" line="32" />
      <source>ERROR</source>
      <translation>АЛДАА</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/case_report.py" line="33" />
      <source>Accepted</source>
      <translation>Нэвтрүүлсэн</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/case_report.py" line="34" />
      <source>Referred to second line</source>
      <translation>Хоёрдугаар шатны шалгалтад шилжүүлсэн</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/case_report.py" line="35" />
      <source>Refused</source>
      <translation>Татгалзсан</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/case_report.py" line="35" />
      <source>No decision recorded</source>
      <translation>Шийдвэр тэмдэглээгүй</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/case_report.py" line="37" />
      <source>fails</source>
      <translation>тэнцээгүй</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/case_report.py" line="37" />
      <source>warning</source>
      <translation>анхааруулга</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/case_report.py" line="164" />
      <source>The 7-3-1 working:</source>
      <translation>7-3-1 тооцоо:</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/case_report.py" line="169" />
      <source>character</source>
      <translation>тэмдэгт</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/case_report.py" line="169" />
      <source>value</source>
      <translation>утга</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/case_report.py" line="170" />
      <source>weight</source>
      <translation>жин</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/case_report.py" line="170" />
      <source>product</source>
      <translation>үржвэр</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/case_report.py" line="187" />
      <source>line</source>
      <translation>мөр</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/case_report.py" line="187" />
      <source>position</source>
      <translation>байрлал</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/case_report.py" line="196" />
      <source>No check failed and none warned.</source>
      <translation>Тэнцээгүй болон анхааруулгатай шалгалт алга.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/case_report.py" line="200" />
      <source>CHIP VERIFIED</source>
      <translation>ЧИП БАТАЛГААЖСАН</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/case_report.py" line="200" />
      <source>CHIP FAILS</source>
      <translation>ЧИП ТЭНЦЭЭГҮЙ</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/case_report.py" line="201" />
      <source>CHIP NOT VERIFIED</source>
      <translation>ЧИП БАТАЛГААЖААГҮЙ</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/case_report.py" line="202" />
      <source>CHIP NOT READ</source>
      <translation>ЧИП УНШИГДААГҮЙ</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/case_report.py" line="219" />
      <source>The chip (log entry %1)</source>
      <translation>Чип (бүртгэлийн бичлэг %1)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/case_report.py" line="228" />
      <source>Every chip check passed.</source>
      <translation>Чипийн бүх шалгалт тэнцсэн.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/case_report.py" line="229" />
      <source>Access</source>
      <translation>Нэвтрэлт</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/case_report.py" line="230" />
      <source>Data groups read</source>
      <translation>Уншсан өгөгдлийн бүлгүүд</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/case_report.py" line="239" />
      <source>The stored chip read does not match the hash recorded with it: it is not shown.</source>
      <translation>Хадгалсан чипийн уншлага түүнтэй хамт бүртгэсэн хэштэй таарахгүй байна: харуулахгүй.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/case_report.py" line="249" />
      <source>The photo stored in the chip (DG2)</source>
      <translation>Чипэд хадгалсан зураг (DG2)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/case_report.py" line="279" />
      <source>The examined image: the MRZ outlined in blue, failing characters in red, compared printed values dashed</source>
      <translation>Шалгасан зураг: MRZ цэнхэр хүрээтэй, алдаатай тэмдэгтүүд улаан, харьцуулсан хэвлэсэн утгууд тасархай хүрээтэй</translation>
    </message>
    <message>
      <source>The examined image: the MRZ outlined in blue, failing characters in red</source>
      <translation type="vanished">Шалгасан зураг: MRZ цэнхэр хүрээтэй, алдаатай тэмдэгтүүд улаан</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/case_report.py" line="285" />
      <source>Reference specimen: %1</source>
      <translation>Жишиг загвар: %1</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/case_report.py" line="304" />
      <source>Log entry</source>
      <translation>Бүртгэлийн бичилт</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/case_report.py" line="304" />
      <source>Time (UTC)</source>
      <translation>Цаг (UTC)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/case_report.py" line="304" />
      <source>Local time</source>
      <translation>Орон нутгийн цаг</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/case_report.py" line="305" />
      <source>Workstation</source>
      <translation>Ажлын байр</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/case_report.py" line="305" />
      <source>Officer</source>
      <translation>Алба хаагч</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/case_report.py" line="306" />
      <source>Decision</source>
      <translation>Шийдвэр</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/case_report.py" line="307" />
      <source>Source</source>
      <translation>Эх файл</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/case_report.py" line="308" />
      <source>Image SHA-256</source>
      <translation>Зургийн SHA-256</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/case_report.py" line="308" />
      <source>no image (typed or pasted text)</source>
      <translation>зураггүй (гараар оруулсан эсвэл буулгасан бичвэр)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/case_report.py" line="309" />
      <source>Entry hash</source>
      <translation>Бичилтийн хэш</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/case_report.py" line="309" />
      <source>Examined with</source>
      <translation>Шалгасан хэрэгсэл</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/case_report.py" line="315" />
      <source>Log head when printed</source>
      <translation>Хэвлэх үеийн бүртгэлийн сүүлийн бичлэг</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/case_report.py" line="324" />
      <source>%1 failed, %2 warnings</source>
      <translation>%1 тэнцээгүй, %2 анхааруулга</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/case_report.py" line="326" />
      <source>Case report — examination of a travel document</source>
      <translation>Хэргийн тайлан — зорчих баримт бичгийн шалгалт</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/case_report.py" line="327" />
      <source>Machine readable zone as read</source>
      <translation>Машинаар уншигдах бүс (MRZ) — уншсан байдлаар</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/case_report.py" line="328" />
      <source>Findings that failed or warned</source>
      <translation>Тэнцээгүй болон анхааруулгатай дүгнэлтүүд</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/case_report.py" line="329" />
      <source>No image of the document is kept in the log for this examination.</source>
      <translation>Энэ шалгалтын баримт бичгийн зураг бүртгэлд хадгалагдаагүй.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/case_report.py" line="331" />
      <source>This report reproduces log entry %1. To check that it matches the log: docexam log show %1 (the entry hash above must be the same) and docexam log verify.</source>
      <translation>Энэ тайлан бүртгэлийн %1 бичилтийг харуулна. Бүртгэлтэй тохирохыг шалгах: docexam log show %1 (дээрх бичилтийн хэш ижил байх ёстой) ба docexam log verify.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/case_report.py" line="337" />
      <source>The stored image does not match the SHA-256 recorded with this examination: it is not shown (docexam log verify).</source>
      <translation>Хадгалсан зураг энэ шалгалттай хамт бүртгэсэн SHA-256-тай таарахгүй байна: харуулахгүй (docexam log verify).</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/case_report.py" line="366" />
      <source>Case report</source>
      <translation>Хэргийн тайлан</translation>
    </message>
  </context>
  <context>
    <name>Checks</name>
    <message>
      <source>The image cannot be examined: {detail}</source>
      <translation>Зургийг шалгах боломжгүй: {detail}</translation>
    </message>
    <message>
      <source>No MRZ was found in the image</source>
      <translation>Зургаас MRZ олдсонгүй</translation>
    </message>
    <message>
      <source>The characters read do not form an MRZ layout</source>
      <translation>Уншсан тэмдэгтүүд MRZ-ийн бүтэц үүсгэхгүй байна</translation>
    </message>
    <message>
      <source>Read '{read}' as '{chosen}': only {kind} belong here, and the image allows '{chosen}'</source>
      <translation>'{read}'-г '{chosen}' гэж уншив: энд зөвхөн {kind} байх ёстой бөгөөд зураг '{chosen}' байж болохыг харуулж байна</translation>
    </message>
    <message>
      <source>Uncertain reading of '{char}' (confidence {percent}%)</source>
      <translation>'{char}'-ийн уншилт эргэлзээтэй (итгэл {percent}%)</translation>
    </message>
    <message>
      <source>The reading is uncertain where the document fails: re-scan the document or type the MRZ by hand before judging it</source>
      <translation>Баримт бичиг тэнцэхгүй байгаа хэсгийн уншилт эргэлзээтэй: дүгнэлт гаргахаас өмнө дахин сканнердах эсвэл MRZ-ийг гараар оруулна уу</translation>
    </message>
    <message>
      <source>No MRZ text was given</source>
      <translation>MRZ бичвэр өгөгдөөгүй</translation>
    </message>
    <message>
      <source>The file is not text: {detail}</source>
      <translation>Файл бичвэр биш: {detail}</translation>
    </message>
    <message>
      <source>The input is too large to be an MRZ ({size} bytes; at most {limit})</source>
      <translation>Оролт MRZ байхад хэт том байна ({size} байт; дээд тал нь {limit})</translation>
    </message>
    <message>
      <source>The file cannot be read: {detail}</source>
      <translation>Файлыг унших боломжгүй: {detail}</translation>
    </message>
    <message>
      <source>Only MRZ characters (A–Z, 0–9, &lt;)</source>
      <translation>Зөвхөн MRZ-ийн тэмдэгтүүд (A–Z, 0–9, &lt;)</translation>
    </message>
    <message>
      <source>'{chars}' at line {line}, column {col} is not an MRZ character (only A–Z, 0–9 and &lt;)</source>
      <translation>{line}-р мөрийн {col}-р баганы '{chars}' нь MRZ-ийн тэмдэгт биш (зөвхөн A–Z, 0–9 ба &lt;)</translation>
    </message>
    <message>
      <source>… and {count} more places with characters that are not MRZ characters</source>
      <translation>… болон MRZ-ийн бус тэмдэгттэй өөр {count} газар</translation>
    </message>
    <message>
      <source>{lines} lines of {length} characters: {format}</source>
      <translation>{length} тэмдэгттэй {lines} мөр: {format}</translation>
    </message>
    <message>
      <source>Line {line} has {length} characters; a {format} line has {expected}</source>
      <translation>{line}-р мөр {length} тэмдэгттэй; {format}-ийн мөр {expected} тэмдэгттэй байдаг</translation>
    </message>
    <message>
      <source>{lines} line(s): no MRZ format has this many lines (TD1 has 3, the others 2)</source>
      <translation>{lines} мөр: ийм олон мөртэй MRZ формат байхгүй (TD1 3 мөртэй, бусад нь 2)</translation>
    </message>
    <message>
      <source>{label} holds only {kind}</source>
      <translation>{label} зөвхөн {kind} агуулна</translation>
    </message>
    <message>
      <source>{label} '{actual}' may hold only {kind}{fillers}</source>
      <translation>{label} '{actual}' зөвхөн {kind}{fillers} агуулж болно</translation>
    </message>
    <message>
      <source>{label} '{actual}': characters after the filler; a field is filled from the left</source>
      <translation>{label} '{actual}': дүүргэгчийн дараа тэмдэгт байна; талбарыг зүүнээс бөглөдөг</translation>
    </message>
    <message>
      <source>{label} '{actual}' starts with a filler; a field is filled from the left</source>
      <translation>{label} '{actual}' дүүргэгчээр эхэлж байна; талбарыг зүүнээс бөглөдөг</translation>
    </message>
    <message>
      <source>{label} is empty</source>
      <translation>{label} хоосон байна</translation>
    </message>
    <message>
      <source>Document code {actual} is valid for {format}</source>
      <translation>Баримт бичгийн код {actual} нь {format}-д хүчинтэй</translation>
    </message>
    <message>
      <source>Document code {actual}: a {format} document code starts with {allowed}</source>
      <translation>Баримт бичгийн код {actual}: {format}-ийн код {allowed}-ээр эхэлдэг</translation>
    </message>
    <message>
      <source>PU: single-sheet emergency travel document (Part 8)</source>
      <translation>PU: нэг хуудас яаралтай зорчих бичиг (8-р хэсэг)</translation>
    </message>
    <message>
      <source>Document code {actual}: a 2×36 document starting with P must be PU (emergency travel document)</source>
      <translation>Баримт бичгийн код {actual}: P-ээр эхэлсэн 2×36 баримт PU байх ёстой (яаралтай зорчих бичиг)</translation>
    </message>
    <message>
      <source>Second letter of {actual}: {meaning} (Part 4 §4.4)</source>
      <translation>{actual}-ийн хоёр дахь үсэг: {meaning} (4-р хэсэг §4.4)</translation>
    </message>
    <message>
      <source>{actual} has no harmonised second letter, yet expires {expiry}: such passports must expire before 1 January 2038 (Part 4 §4.4)</source>
      <translation>{actual} нь нэгдсэн хоёр дахь үсэггүй боловч {expiry}-нд дуусна: ийм паспорт 2038 оны 1-р сарын 1-ээс өмнө дуусах ёстой (4-р хэсэг §4.4)</translation>
    </message>
    <message>
      <source>No second letter in the document code (allowed for passports issued before 2028)</source>
      <translation>Баримт бичгийн кодод хоёр дахь үсэг алга (2028 оноос өмнө олгосон паспортод зөвшөөрнө)</translation>
    </message>
    <message>
      <source>Second letter {letter} is a national code, not one of Part 4 §4.4 (allowed for passports issued before 2026)</source>
      <translation>Хоёр дахь үсэг {letter} нь үндэсний код, 4-р хэсгийн §4.4-ийнх биш (2026 оноос өмнө олгосон паспортод зөвшөөрнө)</translation>
    </message>
    <message>
      <source>The second letter of a TD1/TD2 document code may not be V</source>
      <translation>TD1/TD2 кодын хоёр дахь үсэг V байж болохгүй</translation>
    </message>
    <message>
      <source>AI is not allowed as a TD1 document code</source>
      <translation>AI нь TD1-ийн баримт бичгийн код байж болохгүй</translation>
    </message>
    <message>
      <source>AC: crew member certificate (Part 5 App. C)</source>
      <translation>AC: багийн гишүүний гэрчилгээ (5-р хэсэг, C хавсралт)</translation>
    </message>
    <message>
      <source>AC (crew member certificate) exists only in TD1 size</source>
      <translation>AC (багийн гишүүний гэрчилгээ) зөвхөн TD1 хэмжээтэй</translation>
    </message>
    <message>
      <source>Known deviation: {code} from {state} is a {what}; not an ICAO code</source>
      <translation>Мэдэгдэж буй зөрүү: {state}-ийн {code} нь {what}; ИКАО-гийн код биш</translation>
    </message>
    <message>
      <source>{label} {code}: {country}</source>
      <translation>{label} {code}: {country}</translation>
    </message>
    <message>
      <source>{label} {code}: the ICAO specimen State (Utopia); no real document carries it</source>
      <translation>{label} {code}: ИКАО-гийн загвар улс (Утопи); жинхэнэ баримт бичигт байдаггүй</translation>
    </message>
    <message>
      <source>{label} {code}: deprecated code ({country})</source>
      <translation>{label} {code}: хэрэглээнээс гарсан код ({country})</translation>
    </message>
    <message>
      <source>{label} {code}: not an ICAO code ({country})</source>
      <translation>{label} {code}: ИКАО-гийн код биш ({country})</translation>
    </message>
    <message>
      <source>{label} {code} is not a code: {country}</source>
      <translation>{label} {code} нь код биш: {country}</translation>
    </message>
    <message>
      <source>{label} {code}: {country} — a fantasy document, issued by no State</source>
      <translation>{label} {code}: {country} — ямар ч улсын олгоогүй зохиомол баримт бичиг</translation>
    </message>
    <message>
      <source>{label} {code}: used by ICAO only to sign master lists; never on a document</source>
      <translation>{label} {code}: зөвхөн ИКАО мастер жагсаалтад гарын үсэг зурахад хэрэглэдэг; баримт бичигт хэзээ ч байхгүй</translation>
    </message>
    <message>
      <source>{label} {code}: withdrawn code ({country}); not valid on a current document</source>
      <translation>{label} {code}: хүчингүй болсон код ({country}); одоогийн баримт бичигт хүчингүй</translation>
    </message>
    <message>
      <source>{label} '{code}' is not an ICAO State or organisation code</source>
      <translation>{label} '{code}' нь ИКАО-гийн улс, байгууллагын код биш</translation>
    </message>
    <message>
      <source>{label} check digit {printed} is correct</source>
      <translation>{label}: хяналтын тоо {printed} зөв</translation>
    </message>
    <message>
      <source>{label} check digit is {printed}, but the data gives {digit}</source>
      <translation>{label}: хяналтын тоо {printed} байна, харин өгөгдлөөс {digit} гарна</translation>
    </message>
    <message>
      <source>{label} check digit position holds '{printed}', not a digit (the data gives {digit})</source>
      <translation>{label}: хяналтын тооны байрлалд цифр биш '{printed}' байна (өгөгдлөөс {digit} гарна)</translation>
    </message>
    <message>
      <source>{label} check digit cannot be computed: the data holds characters outside the MRZ set</source>
      <translation>{label}: хяналтын тоог тооцох боломжгүй, өгөгдөлд MRZ-ийн бус тэмдэгт байна</translation>
    </message>
    <message>
      <source>Optional data is empty and its check digit is '&lt;' (allowed, Part 4 §4.2.2.2)</source>
      <translation>Нэмэлт мэдээлэл хоосон, хяналтын тоо нь '&lt;' (зөвшөөрнө, 4-р хэсэг §4.2.2.2)</translation>
    </message>
    <message>
      <source>'&lt;' at the document-number check digit announces a long number, but no continuation and check digit follow in the optional data</source>
      <translation>Баримт бичгийн дугаарын хяналтын тооны байрлал дахь '&lt;' урт дугаарыг заадаг боловч нэмэлт мэдээлэлд үргэлжлэл ба хяналтын тоо алга</translation>
    </message>
    <message>
      <source>Long document number: check digit {printed} is correct (ICAO rule)</source>
      <translation>Урт дугаар: хяналтын тоо {printed} зөв (ИКАО-гийн дүрэм)</translation>
    </message>
    <message>
      <source>Long document number: check digit is {printed}, but the data gives {digit} (ICAO rule; the Belgian variant gives {belgian})</source>
      <translation>Урт дугаар: хяналтын тоо {printed} байна, харин өгөгдлөөс {digit} гарна (ИКАО-гийн дүрэм; Бельгийн хувилбараар {belgian})</translation>
    </message>
    <message>
      <source>Known deviation: long-number check digit {printed} matches the Belgian variant (filler at position 15 included), not the ICAO rule ({icao})</source>
      <translation>Мэдэгдэж буй зөрүү: урт дугаарын хяналтын тоо {printed} нь Бельгийн хувилбартай (15-р байрлалын дүүргэгчийг оруулсан) таарч байна, ИКАО-гийн дүрэмтэй биш ({icao})</translation>
    </message>
    <message>
      <source>Long document number {number} (continues in the optional data)</source>
      <translation>Урт дугаар {number} (нэмэлт мэдээлэлд үргэлжилнэ)</translation>
    </message>
    <message>
      <source>Date of birth partly or wholly unknown ('{actual}', allowed by Part 3 §4.8)</source>
      <translation>Төрсөн огноо хэсэгчлэн эсвэл бүрэн тодорхойгүй ('{actual}', 3-р хэсэг §4.8 зөвшөөрнө)</translation>
    </message>
    <message>
      <source>Date of expiry '{actual}' holds fillers: it must be a full date</source>
      <translation>Дуусах огноо '{actual}' дүүргэгч агуулж байна: бүтэн огноо байх ёстой</translation>
    </message>
    <message>
      <source>Date of birth '{actual}' uses 00 for an unknown month or day: tolerated</source>
      <translation>Төрсөн огноо '{actual}' тодорхойгүй сар, өдөрт 00 хэрэглэсэн: зөвшөөрнө</translation>
    </message>
    <message>
      <source>{label} '{text}' is not a real calendar date</source>
      <translation>{label} '{text}' нь бодит огноо биш</translation>
    </message>
    <message>
      <source>{label} {date}</source>
      <translation>{label} {date}</translation>
    </message>
    <message>
      <source>Age {age}</source>
      <translation>{age} настай</translation>
    </message>
    <message>
      <source>Age {age}: very old — or the birth date is in the future; check the century</source>
      <translation>{age} настай: маш өндөр настай — эсвэл төрсөн огноо ирээдүйд байна; зууныг шалгана уу</translation>
    </message>
    <message>
      <source>Valid until {date} ({days} days left)</source>
      <translation>{date} хүртэл хүчинтэй ({days} хоног үлдсэн)</translation>
    </message>
    <message>
      <source>Expired on {date}, {days} days before {today}</source>
      <translation>{date}-нд дууссан, {today}-ээс {days} хоногийн өмнө</translation>
    </message>
    <message>
      <source>Expires more than {years} years from today ({date}): unusually long</source>
      <translation>Өнөөдрөөс {years}-аас дээш жилийн дараа дуусна ({date}): ер бусын урт</translation>
    </message>
    <message>
      <source>Expiry {date} is after the date of birth</source>
      <translation>Дуусах огноо {date} төрсөн огнооноос хойш байна</translation>
    </message>
    <message>
      <source>Expiry {date} is not after the date of birth {birth}</source>
      <translation>Дуусах огноо {date} төрсөн огноо {birth}-ээс хойш биш байна</translation>
    </message>
    <message>
      <source>Sex '{value}'</source>
      <translation>Хүйс '{value}'</translation>
    </message>
    <message>
      <source>Sex 'X' is not ICAO in the MRZ ('&lt;' means unspecified); accepted</source>
      <translation>MRZ дахь 'X' хүйс ИКАО-гийн биш ('&lt;' нь тодорхойгүйг заана); хүлээн авна</translation>
    </message>
    <message>
      <source>Sex '{value}' is not F, M or &lt;</source>
      <translation>Хүйс '{value}' нь F, M эсвэл &lt; биш</translation>
    </message>
    <message>
      <source>Digits '{actual}' in the name: names have no numerals (Part 3 §4.6)</source>
      <translation>Нэрэнд '{actual}' цифр байна: нэрэнд цифр байдаггүй (3-р хэсэг §4.6)</translation>
    </message>
    <message>
      <source>Name layout: primary identifier, '&lt;&lt;', secondary identifier, fillers</source>
      <translation>Нэрийн бүтэц: үндсэн хэсэг, '&lt;&lt;', дэд хэсэг, дүүргэгч</translation>
    </message>
    <message>
      <source>The name field is empty</source>
      <translation>Нэрийн талбар хоосон</translation>
    </message>
    <message>
      <source>The name does not start with a letter</source>
      <translation>Нэр үсгээр эхлээгүй байна</translation>
    </message>
    <message>
      <source>Stray characters '{actual}' after the name's filler run</source>
      <translation>Нэрийн дүүргэгчийн дараа илүү тэмдэгт '{actual}' байна</translation>
    </message>
    <message>
      <source>Known deviation: empty primary identifier (name given as secondary only, as India prints it); not ICAO-conformant</source>
      <translation>Мэдэгдэж буй зөрүү: үндсэн хэсэг хоосон (Энэтхэгийн адил нэрийг зөвхөн дэд хэсэгт бичсэн); ИКАО-д нийцэхгүй</translation>
    </message>
    <message>
      <source>The name reaches the last position of its field: it may be truncated</source>
      <translation>Нэр талбарын сүүлийн байрлал хүртэл үргэлжилсэн: таслагдсан байж болзошгүй</translation>
    </message>
    <message>
      <source>The folder {folder} holds no image to examine (PNG, JPEG, TIFF, BMP or WebP)</source>
      <translation>{folder} хавтаст шалгах зураг алга (PNG, JPEG, TIFF, BMP эсвэл WebP)</translation>
    </message>
    <message>
      <source>Document code {actual}: a digit as its second character is not ICAO (letters only), but some States print one (the US permanent resident card prints C1): a known deviation</source>
      <translation>Баримт бичгийн код {actual}: хоёр дахь тэмдэгт нь тоо байгаа нь ICAO-д нийцэхгүй (зөвхөн үсэг), гэвч зарим улс хэвлэдэг (АНУ-ын байнгын оршин суугчийн үнэмлэх C1 гэж хэвлэдэг): мэдэгдэж буй зөрүү</translation>
    </message>
    <message>
      <source>The machine readable zone is cut off at the {edge} edge of the image: place the whole document on the scanner</source>
      <translation>Машинаар уншигдах бүс зургийн {edge} захад тасарсан байна: баримт бичгийг бүтнээр нь сканнерт байрлуулна уу</translation>
    </message>
    <message>
      <source>The image is too small: the MRZ characters are {px} px high (at least {min} needed); scan at 300 dpi or photograph closer</source>
      <translation>Зураг хэт жижиг: MRZ-ийн тэмдэгт {px} пиксел өндөр (дор хаяж {min} шаардлагатай); 300 dpi-аар скан хийх эсвэл ойроос зураг авна уу</translation>
    </message>
    <message>
      <source>The image is too small ({width}×{height} pixels, under {min} on its long side) to find an MRZ in: scan at 300 dpi or photograph closer</source>
      <translation>Зураг MRZ хайхад хэт жижиг ({width}×{height} пиксел, урт тал нь {min}-аас бага): 300 dpi-аар скан хийх эсвэл ойроос зураг авна уу</translation>
    </message>
    <message>
      <source>The image is blurred (edges spread over {px} px): hold the document and the camera still, or re-scan</source>
      <translation>Зураг бүдэг байна (ирмэг {px} пиксел тархсан): баримт бичиг, камерыг хөдөлгөлгүй барих эсвэл дахин скан хийнэ үү</translation>
    </message>
    <message>
      <source>Glare washes out part of MRZ line {line}: tilt the document or switch off the flash, then re-scan</source>
      <translation>Гэрлийн тусгал MRZ-ийн {line}-р мөрийн хэсгийг арилгасан байна: баримт бичгийг хазайлгах эсвэл гэрэл асаагчийг унтрааж дахин скан хийнэ үү</translation>
    </message>
    <message>
      <source>No MRZ-like text was found: make sure the page with the two or three lines of &lt;&lt;&lt; is scanned, the right way in</source>
      <translation>MRZ шиг бичвэр олдсонгүй: &lt;&lt;&lt; тэмдэгттэй хоёр эсвэл гурван мөр бүхий хуудсыг зөв байрлалаар скан хийсэн эсэхийг шалгана уу</translation>
    </message>
    <message>
      <source>The characters could not be read with confidence: re-scan the document or type the MRZ by hand</source>
      <translation>Тэмдэгтүүдийг итгэлтэй уншиж чадсангүй: баримт бичгийг дахин скан хийх эсвэл MRZ-ийг гараар оруулна уу</translation>
    </message>
    <message>
      <source>{label}: printed '{viz}', as in the MRZ ('{mrz}')</source>
      <translation>{label}: хэвлэсэн '{viz}' нь MRZ-тэй ('{mrz}') таарч байна</translation>
    </message>
    <message>
      <source>{label}: printed '{viz}', but the MRZ says '{mrz}' — the MRZ or the data page has been altered or substituted</source>
      <translation>{label}: хэвлэсэн нь '{viz}', харин MRZ-д '{mrz}' байна — MRZ эсвэл мэдээллийн хуудсыг өөрчилсөн эсвэл сольсон байна</translation>
    </message>
    <message>
      <source>{label}: printed '{viz}' (read with low confidence) differs from the MRZ '{mrz}': compare them by eye</source>
      <translation>{label}: хэвлэсэн '{viz}' (бага итгэлтэй уншсан) нь MRZ-ийн '{mrz}'-ээс ялгаатай: нүдээр харьцуулна уу</translation>
    </message>
    <message>
      <source>{label}: the printed '{viz}' gives '{mrz}' by no transliteration table we know; States transliterate differently: compare by eye</source>
      <translation>{label}: хэвлэсэн '{viz}' нь мэдэгдэж буй галиглалын хүснэгтээр '{mrz}' болохгүй; улс бүр өөрөөр галигладаг: нүдээр харьцуулна уу</translation>
    </message>
    <message>
      <source>{label}: the printed '{viz}' could not be interpreted: compare it with the MRZ '{mrz}' by eye</source>
      <translation>{label}: хэвлэсэн '{viz}'-г тайлбарлаж чадсангүй: MRZ-ийн '{mrz}'-тэй нүдээр харьцуулна уу</translation>
    </message>
    <message>
      <source>{label}: printed '{viz}', MRZ code {mrz}: compare by eye</source>
      <translation>{label}: хэвлэсэн '{viz}', MRZ-ийн код {mrz}: нүдээр харьцуулна уу</translation>
    </message>
    <message>
      <source>{label}: not found in the printed data</source>
      <translation>{label}: хэвлэсэн мэдээлэлд олдсонгүй</translation>
    </message>
    <message>
      <source>The printed data was not compared: no reference specimen of this document shows where its fields are</source>
      <translation>Хэвлэсэн мэдээллийг харьцуулаагүй: энэ баримт бичгийн талбаруудын байрлалыг харуулах жишиг загвар алга</translation>
    </message>
    <message>
      <source>The printed data is on the other side of this document: examine that side too</source>
      <translation>Хэвлэсэн мэдээлэл энэ баримт бичгийн нөгөө талд байна: тэр талыг бас шалгана уу</translation>
    </message>
    <message>
      <source>The printed data was not compared: the text recogniser is not installed</source>
      <translation>Хэвлэсэн мэдээллийг харьцуулаагүй: бичвэр танигч суулгаагүй байна</translation>
    </message>
    <message>
      <source>{label}: not compared — the printed data is not laid out as in the reference specimen</source>
      <translation>{label}: харьцуулаагүй — хэвлэсэн мэдээллийн байрлал жишиг загвартай ижил биш байна</translation>
    </message>
    <message>
      <source>The chip opened with the access key from the MRZ ({protocol})</source>
      <translation>Чип MRZ-ийн нэвтрэх түлхүүрээр нээгдлээ ({protocol})</translation>
    </message>
    <message>
      <source>The chip refused the access key from the MRZ: {detail}</source>
      <translation>Чип MRZ-ийн нэвтрэх түлхүүрийг хүлээж авсангүй: {detail}</translation>
    </message>
    <message>
      <source>The chip offers PACE; it was opened with BAC, which it also offers (PACE is not yet implemented in this tool)</source>
      <translation type="vanished">Чип PACE санал болгож байна; түүний бас дэмждэг BAC-аар нээв (PACE энэ хэрэгсэлд хараахан хэрэгжээгүй)</translation>
    </message>
    <message>
      <source>The chip could not be read: {detail}</source>
      <translation>Чипийг уншиж чадсангүй: {detail}</translation>
    </message>
    <message>
      <source>The security object (EF.SOD) is signed by the Document Signer {ds}</source>
      <translation type="vanished">Хамгаалалтын объект (EF.SOD)-ыг баримт гарын үсэг зурагч {ds} баталгаажуулсан</translation>
    </message>
    <message>
      <source>The security object's signature does not verify ({detail}): the chip's data cannot be trusted</source>
      <translation>Хамгаалалтын объектын гарын үсэг баталгаажихгүй байна ({detail}): чипийн мэдээлэлд итгэж болохгүй</translation>
    </message>
    <message>
      <source>The security object's signature cannot be checked by this tool: {detail}</source>
      <translation>Хамгаалалтын объектын гарын үсгийг энэ хэрэгслээр шалгах боломжгүй: {detail}</translation>
    </message>
    <message>
      <source>The chip holds no security object (EF.SOD): its data is not signed</source>
      <translation>Чипэд хамгаалалтын объект (EF.SOD) алга: мэдээлэл нь гарын үсэггүй</translation>
    </message>
    <message>
      <source>The Document Signer certificate is issued by the CSCA {csca}</source>
      <translation type="vanished">Баримт гарын үсэг зурагчийн гэрчилгээг CSCA {csca} олгосон</translation>
    </message>
    <message>
      <source>The signature cannot be traced to a trusted State: {detail}</source>
      <translation>Гарын үсгийг итгэмжлэгдсэн улс хүртэл мөрдөх боломжгүй: {detail}</translation>
    </message>
    <message>
      <source>The Document Signer certificate does not chain to a trusted CSCA: {detail}</source>
      <translation>Баримт гарын үсэг зурагчийн гэрчилгээ итгэмжлэгдсэн CSCA-тай холбогдохгүй байна: {detail}</translation>
    </message>
    <message>
      <source>The {which} certificate expired on {date}: a document signed while it was valid stays valid, but check the document's own dates</source>
      <translation>{which} гэрчилгээний хугацаа {date}-нд дууссан: хүчинтэй байхад нь гарын үсэг зурсан баримт хүчинтэй хэвээр, гэхдээ баримтын огноог шалгана уу</translation>
    </message>
    <message>
      <source>DG{number} ({what}) matches its hash in the security object</source>
      <translation>DG{number} ({what}) хамгаалалтын объект дахь хэштэйгээ таарч байна</translation>
    </message>
    <message>
      <source>DG{number} ({what}) does not match its hash in the security object: the chip's data has been altered</source>
      <translation>DG{number} ({what}) хамгаалалтын объект дахь хэштэйгээ таарахгүй байна: чипийн мэдээллийг өөрчилсөн</translation>
    </message>
    <message>
      <source>DG{number} ({what}) is on the chip but not in the security object: unsigned data</source>
      <translation>DG{number} ({what}) чипэд байгаа боловч хамгаалалтын объектод алга: гарын үсэггүй мэдээлэл</translation>
    </message>
    <message>
      <source>The chip's MRZ (DG1) is the same as the MRZ read from the page</source>
      <translation>Чипийн MRZ (DG1) хуудаснаас уншсан MRZ-тэй ижил байна</translation>
    </message>
    <message>
      <source>The chip's MRZ (DG1) differs from the printed MRZ at {count} position(s) ({where}): the data page and the chip do not belong together</source>
      <translation>Чипийн MRZ (DG1) хэвлэсэн MRZ-ээс {count} байрлалд ялгаатай ({where}): мэдээллийн хуудас ба чип нэг баримтынх биш</translation>
    </message>
    <message>
      <source>The chip's MRZ (DG1) differs from the MRZ read from the page only where the reading was uncertain ({where}): re-scan or compare by eye</source>
      <translation>Чипийн MRZ (DG1) уншлага эргэлзээтэй байсан хэсэгт л ялгаатай ({where}): дахин сканнердах эсвэл нүдээр харьцуулна уу</translation>
    </message>
    <message>
      <source>The security object (EF.SOD) verifies with its Document Signer certificate: {ds}</source>
      <translation>Хамгаалалтын объект (EF.SOD) баримт гарын үсэг зурагчийн гэрчилгээгээр баталгаажлаа: {ds}</translation>
    </message>
    <message>
      <source>The Document Signer certificate is issued by a trusted CSCA: {csca}</source>
      <translation>Баримт гарын үсэг зурагчийн гэрчилгээг итгэмжлэгдсэн CSCA олгосон: {csca}</translation>
    </message>
    <message>
      <source>The chip offers {pace}, which this tool does not support; it was opened with BAC, which it also offers</source>
      <translation>Чип {pace} санал болгож байгаа ч энэ хэрэгсэл түүнийг дэмждэггүй; түүний бас дэмждэг BAC-аар нээв</translation>
    </message>
    <message>
      <source>PACE did not complete ({detail}); the chip was opened with BAC</source>
      <translation>PACE дуусаагүй ({detail}); чипийг BAC-аар нээв</translation>
    </message>
    <message>
      <source>The Document Signer and its CSCA belong to the issuing State {code} ({country})</source>
      <translation>Баримт гарын үсэг зурагч болон түүний CSCA нь баримт олгосон улс {code} ({country})-д харьяалагдана</translation>
    </message>
    <message>
      <source>The chip is signed by certificates of {country}, but the document's issuing State is {code}: a signer of one State cannot vouch for another's document</source>
      <translation>Чипийг {country}-ийн гэрчилгээгээр гарын үсэг зурсан боловч баримт олгосон улс нь {code}: нэг улсын гарын үсэг зурагч өөр улсын баримтыг баталж чадахгүй</translation>
    </message>
    <message>
      <source>Whether the signer ({country}) belongs to the issuing State {code} cannot be decided by this tool</source>
      <translation>Гарын үсэг зурагч ({country}) баримт олгосон улс {code}-д харьяалагдах эсэхийг энэ хэрэгслээр тогтоох боломжгүй</translation>
    </message>
    <message>
      <source>The Document Signer ({ds}) and its CSCA ({csca}) belong to different States</source>
      <translation>Баримт гарын үсэг зурагч ({ds}) болон түүний CSCA ({csca}) өөр өөр улсынх</translation>
    </message>
    <message>
      <source>No MRZ or DG1 names the issuing State: the signer's State is not compared</source>
      <translation>Баримт олгосон улсыг MRZ эсвэл DG1 заагаагүй: гарын үсэг зурагчийн улсыг харьцуулаагүй</translation>
    </message>
    <message>
      <source>No data group was saved with the security object: only its signature and chain are verified</source>
      <translation>Хамгаалалтын объекттой хамт мэдээллийн бүлэг хадгалаагүй: зөвхөн гарын үсэг ба гинжийг баталгаажуулсан</translation>
    </message>
    <message>
      <source>The MRZ cannot be compared with the chip: no readable DG1 was saved</source>
      <translation>MRZ-ийг чиптэй харьцуулах боломжгүй: уншигдах DG1 хадгалаагүй</translation>
    </message>
    <message>
      <source>The Document Signer belongs to the issuing State {code} ({country}); its CSCA is not known</source>
      <translation>Баримт гарын үсэг зурагч нь баримт олгосон улс {code} ({country})-д харьяалагдана; түүний CSCA тодорхойгүй</translation>
    </message>
    <message>
      <source>Active Authentication: the chip signed our challenge with the key in DG15 ({scheme}): it is not a copy</source>
      <translation>Идэвхтэй баталгаажуулалт: чип бидний сорилтод DG15 дахь түлхүүрээр гарын үсэг зурлаа ({scheme}): хуулбар биш</translation>
    </message>
    <message>
      <source>Active Authentication failed ({detail}): the chip does not hold the key of its own DG15 — a copy of another chip's data</source>
      <translation>Идэвхтэй баталгаажуулалт амжилтгүй ({detail}): чип өөрийн DG15-ийн түлхүүрийг агуулаагүй — өөр чипийн өгөгдлийн хуулбар</translation>
    </message>
    <message>
      <source>The chip refused Active Authentication ({detail}) although its DG15 holds a key: a genuine chip answers — treat it as a copy</source>
      <translation>DG15-д түлхүүр байгаа хэдий ч чип идэвхтэй баталгаажуулалтаас татгалзлаа ({detail}): жинхэнэ чип хариулдаг — хуулбар гэж үзнэ үү</translation>
    </message>
    <message>
      <source>Active Authentication cannot be checked by this tool: {detail}</source>
      <translation>Идэвхтэй баталгаажуулалтыг энэ хэрэгсэл шалгах боломжгүй: {detail}</translation>
    </message>
    <message>
      <source>The chip holds the key in DG15 ({scheme}), but DG15 is not vouched for by the security object: not proof that the chip is genuine</source>
      <translation>Чип DG15 дахь түлхүүрийг агуулж байна ({scheme}), гэвч DG15-г аюулгүй байдлын объект баталгаажуулаагүй: чип жинхэнэ гэдгийн нотолгоо биш</translation>
    </message>
    <message>
      <source>The chip has no Active Authentication key (DG15)</source>
      <translation>Чипэд идэвхтэй баталгаажуулалтын түлхүүр (DG15) байхгүй</translation>
    </message>
    <message>
      <source>Active Authentication needs the chip itself: a saved read cannot show that it came from the genuine chip</source>
      <translation>Идэвхтэй баталгаажуулалтад чип өөрөө хэрэгтэй: хадгалсан уншлага нь жинхэнэ чипээс гарсныг харуулж чадахгүй</translation>
    </message>
    <message>
      <source>Chip Authentication: the chip agreed new keys with the key in DG14 ({protocol}): it is not a copy</source>
      <translation>Чипийн баталгаажуулалт: чип DG14 дахь түлхүүрээр шинэ түлхүүр тохиролцлоо ({protocol}): хуулбар биш</translation>
    </message>
    <message>
      <source>Chip Authentication failed ({detail}): the chip does not hold the key of its own DG14 — a copy of another chip's data</source>
      <translation>Чипийн баталгаажуулалт амжилтгүй ({detail}): чип өөрийн DG14-ийн түлхүүрийг агуулаагүй — өөр чипийн өгөгдлийн хуулбар</translation>
    </message>
    <message>
      <source>The chip refused Chip Authentication ({detail}) although its DG14 offers it: a genuine chip answers — treat it as a copy</source>
      <translation>DG14 санал болгож байгаа хэдий ч чип чипийн баталгаажуулалтаас татгалзлаа ({detail}): жинхэнэ чип хариулдаг — хуулбар гэж үзнэ үү</translation>
    </message>
    <message>
      <source>Chip Authentication cannot be checked by this tool: {detail}</source>
      <translation>Чипийн баталгаажуулалтыг энэ хэрэгсэл шалгах боломжгүй: {detail}</translation>
    </message>
    <message>
      <source>The chip holds the key in DG14 ({protocol}), but DG14 is not vouched for by the security object: not proof that the chip is genuine</source>
      <translation>Чип DG14 дахь түлхүүрийг агуулж байна ({protocol}), гэвч DG14-г аюулгүй байдлын объект баталгаажуулаагүй: чип жинхэнэ гэдгийн нотолгоо биш</translation>
    </message>
    <message>
      <source>The chip offers no Chip Authentication (no key in DG14)</source>
      <translation>Чип чипийн баталгаажуулалт санал болгодоггүй (DG14-д түлхүүр байхгүй)</translation>
    </message>
    <message>
      <source>The chip opened with the card access number ({protocol})</source>
      <translation>Чип картын нэвтрэх дугаараар нээгдлээ ({protocol})</translation>
    </message>
    <message>
      <source>the chip is a copy of another chip's data (clone detection failed)</source>
      <translation type="vanished">чип нь өөр чипийн өгөгдлийн хуулбар (хуулбар илрүүлэлт амжилтгүй)</translation>
    </message>
    <message>
      <source>the chip's data has been altered since it was signed</source>
      <translation type="vanished">чипийн өгөгдлийг гарын үсэг зурсны дараа өөрчилсөн</translation>
    </message>
    <message>
      <source>the chip's signature is not the issuing State's</source>
      <translation type="vanished">чипийн гарын үсэг баримт олгосон улсынх биш</translation>
    </message>
    <message>
      <source>the chip is signed by another State than the document's</source>
      <translation type="vanished">чипэд баримтын улсаас өөр улс гарын үсэг зурсан</translation>
    </message>
    <message>
      <source>the chip's MRZ differs from the page's: they do not belong together</source>
      <translation type="vanished">чипийн MRZ хуудасныхаас ялгаатай: тэд хоорондоо хамааралгүй</translation>
    </message>
    <message>
      <source>the chip refused the access key</source>
      <translation type="vanished">чип нэвтрэх түлхүүрээс татгалзлаа</translation>
    </message>
    <message>
      <source>a copy of another chip</source>
      <translation>өөр чипийн хуулбар</translation>
    </message>
    <message>
      <source>its data altered since signing</source>
      <translation>гарын үсэг зурсны дараа өгөгдлийг өөрчилсөн</translation>
    </message>
    <message>
      <source>not signed by the issuing State</source>
      <translation>баримт олгосон улс гарын үсэг зураагүй</translation>
    </message>
    <message>
      <source>signed by another State</source>
      <translation>өөр улс гарын үсэг зурсан</translation>
    </message>
    <message>
      <source>its MRZ differs from the page</source>
      <translation>MRZ нь хуудасныхаас ялгаатай</translation>
    </message>
    <message>
      <source>it refused the access key</source>
      <translation>нэвтрэх түлхүүрээс татгалзсан</translation>
    </message>
    <message>
      <source>The chip's full name (DG11: {name}) agrees with the name in the MRZ</source>
      <translation>Чипийн бүтэн нэр (DG11: {name}) MRZ дахь нэртэй тохирч байна</translation>
    </message>
    <message>
      <source>The chip's full name (DG11: {name}) does not agree with the MRZ's name ({mrz}) even allowing for transliteration: compare it with the printed name by eye</source>
      <translation>Чипийн бүтэн нэр (DG11: {name}) галиглалыг тооцсон ч MRZ-ийн нэртэй ({mrz}) тохирохгүй байна: хэвлэсэн нэртэй нүдээр харьцуулна уу</translation>
    </message>
    <message>
      <source>Pages {first}–{last} of this file were not examined: together they hold more than {budget} million pixels; split the file and examine the rest</source>
      <translation>Энэ файлын {first}–{last} хуудсыг шалгаагүй: нийлээд {budget} сая пикселээс их байна; файлыг хувааж үлдсэнийг шалгана уу</translation>
    </message>
    <message>
      <source>The reading is uncertain at {where}, where no check digit can confirm it (a name or code): re-scan the document or type the MRZ by hand before judging it</source>
      <translation>{where}-д уншилт тодорхойгүй бөгөөд үүнийг хяналтын тоо баталж чадахгүй (нэр эсвэл код): баримтыг дахин скан хийх эсвэл MRZ-ийг гараар бичээд дараа нь шалгана уу</translation>
    </message>
    <message>
      <source>Chip Authentication by PACE-CAM: the chip proved it holds the key its signed EF.CardSecurity names ({curve}): it is not a copy</source>
      <translation>PACE-CAM-аар чипийн баталгаажуулалт: чип гарын үсэгтэй EF.CardSecurity-д заасан түлхүүрийг агуулж байгааг нотоллоо ({curve}): хуулбар биш</translation>
    </message>
    <message>
      <source>Chip Authentication by PACE-CAM failed ({detail}): treat the chip as a copy of another chip's data</source>
      <translation>PACE-CAM-аар чипийн баталгаажуулалт амжилтгүй ({detail}): чипийг өөр чипийн өгөгдлийн хуулбар гэж үзнэ үү</translation>
    </message>
    <message>
      <source>Chip Authentication by PACE-CAM cannot be decided by this tool: {detail}</source>
      <translation>PACE-CAM-аар чипийн баталгаажуулалтыг энэ хэрэгсэл шийдэх боломжгүй: {detail}</translation>
    </message>
    <message>
      <source>A stamp, overprint or stroke crosses the MRZ (line {line}, character {col}): the characters under it cannot be read with confidence — compare them with the page by eye and type the MRZ, or read the chip</source>
      <translation>Тамга, давхар хэвлэл эсвэл зураас MRZ-ийг огтолж байна ({line}-р мөр, {col}-р тэмдэгт): доорх тэмдэгтүүдийг итгэлтэй уншиж чадахгүй — хуудастай нүдээр харьцуулж MRZ-ийг гараар оруулах эсвэл чипийг уншина уу</translation>
    </message>
    <message>
      <source>{label}: the value read beside its label ('{viz}') differs from the MRZ, but the MRZ's '{mrz}' is printed elsewhere on the page: compare them by eye</source>
      <translation>{label}: шошгын хажууд уншсан утга ('{viz}') MRZ-ээс өөр боловч MRZ-ийн '{mrz}' хуудасны өөр газар хэвлэгдсэн байна: нүдээр харьцуулна уу</translation>
    </message>
    <message>
      <source>The MRZ's surname ({surname}), document number ({number}) and date of birth ({birth}) are printed nowhere on this page, though {lines} lines of it were read clearly: the MRZ or the data page has been substituted</source>
      <translation>MRZ-ийн овог ({surname}), баримт бичгийн дугаар ({number}), төрсөн огноо ({birth}) энэ хуудсанд хаана ч хэвлэгдээгүй, гэтэл хуудасны {lines} мөрийг тод уншсан: MRZ эсвэл мэдээллийн хуудсыг сольсон байна</translation>
    </message>
    <message>
      <source>The printed page shows the MRZ's own data ({count} of surname, document number, date of birth found in the printed text)</source>
      <translation>Хэвлэсэн хуудсанд MRZ-ийн өөрийн мэдээлэл байна (овог, баримт бичгийн дугаар, төрсөн огнооноос {count} нь хэвлэсэн бичвэрт олдсон)</translation>
    </message>
  </context>
  <context>
    <name>Chip</name>
    <message>
      <location filename="../../desktop/ui/chip_panel.py" line="26" />
      <source>CHIP VERIFIED</source>
      <translation>ЧИП БАТАЛГААЖСАН</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/chip_panel.py" line="26" />
      <source>CHIP FAILS</source>
      <translation>ЧИП ТЭНЦЭЭГҮЙ</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/chip_panel.py" line="27" />
      <source>CHIP NOT VERIFIED</source>
      <translation>ЧИП БАТАЛГААЖААГҮЙ</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/chip_panel.py" line="28" />
      <source>CHIP NOT READ</source>
      <translation>ЧИП УНШИГДААГҮЙ</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/chip_panel.py" line="29" />
      <source>Reading the chip…</source>
      <translation>Чипийг уншиж байна…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/chip_panel.py" line="30" />
      <source>No chip read</source>
      <translation>Чип уншаагүй</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/chip_panel.py" line="31" />
      <source>No reader with a card is present: place the passport's data page on the reader and press Read the chip.</source>
      <translation>Карттай уншигч алга: паспортын мэдээллийн хуудсыг уншигч дээр тавиад "Чип унших" товчийг дарна уу.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/chip_panel.py" line="33" />
      <source>Open a document with an MRZ; its chip is read when a reader with a card is present.</source>
      <translation>MRZ-тэй баримт нээнэ үү; карттай уншигч байвал чипийг нь уншина.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/chip_panel.py" line="35" />
      <source>Keep the document on the reader.</source>
      <translation>Баримтыг уншигч дээрээс бүү ав.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/chip_panel.py" line="36" />
      <source>full name</source>
      <translation>бүтэн нэр</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/chip_panel.py" line="37" />
      <source>place of birth</source>
      <translation>төрсөн газар</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/chip_panel.py" line="38" />
      <source>personal number</source>
      <translation>регистрийн дугаар</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/chip_panel.py" line="39" />
      <source>full date of birth</source>
      <translation>төрсөн он сар өдөр</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/chip_panel.py" line="40" />
      <source>address</source>
      <translation>хаяг</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/chip_panel.py" line="40" />
      <source>profession</source>
      <translation>мэргэжил</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/chip_panel.py" line="41" />
      <source>issuing authority</source>
      <translation>олгосон байгууллага</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/chip_panel.py" line="42" />
      <source>date of issue</source>
      <translation>олгосон огноо</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/chip_panel.py" line="102" />
      <source>Read the chip</source>
      <translation>Чип унших</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/chip_panel.py" line="103" />
      <location filename="../../desktop/ui/chip_panel.py" line="145" />
      <source>Save the read…</source>
      <translation>Уншлагыг хадгалах…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/chip_panel.py" line="104" />
      <source>CAN</source>
      <translation>CAN</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/chip_panel.py" line="105" />
      <source>6 digits</source>
      <translation>6 орон</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/chip_panel.py" line="106" />
      <source>The card access number printed on an ID card or residence permit: opens a chip that needs PACE. Leave empty to use the MRZ.</source>
      <translation>Иргэний үнэмлэх эсвэл оршин суух зөвшөөрөл дээр хэвлэсэн картын нэвтрэх дугаар: PACE шаарддаг чипийг нээнэ. MRZ ашиглах бол хоосон үлдээнэ үү.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/chip_panel.py" line="108" />
      <source>Chip photo (DG2)</source>
      <translation>Чип дэх зураг (DG2)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/chip_panel.py" line="109" />
      <source>Photo on the page</source>
      <translation>Хуудсан дээрх зураг</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/chip_panel.py" line="137" />
      <source>The read could not be saved: %1</source>
      <translation>Уншлагыг хадгалж чадсангүй: %1</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/chip_panel.py" line="138" />
      <source>Saved to %1: verify it with docexam chip verify FOLDER</source>
      <translation>%1-д хадгаллаа: docexam chip verify FOLDER-оор шалгана уу</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/chip_panel.py" line="143" />
      <source>Save the chip read to a folder</source>
      <translation>Чипийн уншлагыг хавтсанд хадгалах</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/chip_panel.py" line="151" />
      <source>no photo read</source>
      <translation>зураг уншаагүй</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/chip_panel.py" line="152" />
      <source>no page photo</source>
      <translation>хуудасны зураг алга</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/chip_panel.py" line="176" />
      <source>Reader: %1</source>
      <translation>Уншигч: %1</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/chip_panel.py" line="178" />
      <source>access: %1</source>
      <translation>нэвтрэлт: %1</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/chip_panel.py" line="179" />
      <source>%1 ms</source>
      <translation>%1 мс</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/chip_panel.py" line="185" />
      <source>Not verified: %1</source>
      <translation>Баталгаажаагүй: %1</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/chip_panel.py" line="202" />
      <source>MRZ in the chip</source>
      <translation>Чип дэх MRZ</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/chip_panel.py" line="209" />
      <source>security protocols</source>
      <translation>хамгаалалтын протоколууд</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/chip_panel.py" line="212" />
      <source>Active Authentication key</source>
      <translation>Идэвхтэй баталгаажуулалтын түлхүүр</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/chip_panel.py" line="215" />
      <source>Data groups read: %1</source>
      <translation>Уншсан өгөгдлийн бүлгүүд: %1</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/chip_panel.py" line="217" />
      <source>Document Signer</source>
      <translation>Баримт гарын үсэг зурагч</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/chip_panel.py" line="218" />
      <source>valid %1 to %2</source>
      <translation>%1-ээс %2 хүртэл хүчинтэй</translation>
    </message>
  </context>
  <context>
    <name>Data</name>
    <message>
      <location filename="../../desktop/ui/data_panel.py" line="17" />
      <source>female</source>
      <translation>эмэгтэй</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/data_panel.py" line="17" />
      <source>male</source>
      <translation>эрэгтэй</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/data_panel.py" line="18" />
      <source>unspecified</source>
      <translation>тодорхойгүй</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/data_panel.py" line="18" />
      <source>unspecified (X)</source>
      <translation>тодорхойгүй (X)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/data_panel.py" line="60" />
      <source>age %1</source>
      <translation>%1 настай</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/data_panel.py" line="65" />
      <source>EXPIRED %1 days ago</source>
      <translation>ХУГАЦАА %1 ХОНОГИЙН ӨМНӨ ДУУССАН</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/data_panel.py" line="68" />
      <source>%1 days left</source>
      <translation>%1 хоног үлдсэн</translation>
    </message>
  </context>
  <context>
    <name>Fields</name>
    <message>
      <source>Document code</source>
      <translation>Баримт бичгийн код</translation>
    </message>
    <message>
      <source>Issuing State</source>
      <translation>Олгосон улс</translation>
    </message>
    <message>
      <source>Document number</source>
      <translation>Баримт бичгийн дугаар</translation>
    </message>
    <message>
      <source>Date of birth</source>
      <translation>Төрсөн огноо</translation>
    </message>
    <message>
      <source>Sex</source>
      <translation>Хүйс</translation>
    </message>
    <message>
      <source>Date of expiry</source>
      <translation>Дуусах огноо</translation>
    </message>
    <message>
      <source>Nationality</source>
      <translation>Иргэншил</translation>
    </message>
    <message>
      <source>Surname</source>
      <translation>Овог</translation>
    </message>
    <message>
      <source>Given names</source>
      <translation>Нэр</translation>
    </message>
    <message>
      <source>Optional data</source>
      <translation>Нэмэлт мэдээлэл</translation>
    </message>
    <message>
      <source>Optional data (line 2)</source>
      <translation>Нэмэлт мэдээлэл (2-р мөр)</translation>
    </message>
    <message>
      <source>Composite</source>
      <translation>Нийлмэл</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Нэр</translation>
    </message>
    <message>
      <source>Layout</source>
      <translation>Бүтэц</translation>
    </message>
    <message>
      <source>Chip</source>
      <translation>Чип</translation>
    </message>
  </context>
  <context>
    <name>Main</name>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="44" />
      <source>&amp;Open image…</source>
      <translation>Зураг &amp;нээх…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="44" />
      <source>&amp;Paste image</source>
      <translation>Зураг &amp;буулгах</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="44" />
      <source>Enter &amp;MRZ by hand…</source>
      <translation>MRZ гараар &amp;оруулах…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="45" />
      <source>Open the Utopia &amp;specimen</source>
      <translation>Утопи &amp;загварыг нээх</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="45" />
      <source>&amp;Re-read</source>
      <translation>Дахин &amp;унших</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="45" />
      <source>&amp;Clear</source>
      <translation>&amp;Цэвэрлэх</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="46" />
      <source>Import CSCA &amp;master list or certificate…</source>
      <translation>CSCA &amp;мастер жагсаалт эсвэл гэрчилгээ оруулах…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="47" />
      <source>Watch a &amp;hot folder…</source>
      <translation>Сканнерын &amp;хавтсыг ажиглах…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="47" />
      <source>Stop watching the hot folder</source>
      <translation>Хавтас ажиглахыг зогсоох</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="48" />
      <source>Zoom &amp;in</source>
      <translation>&amp;Томруулах</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="48" />
      <source>Zoom &amp;out</source>
      <translation>&amp;Жижигрүүлэх</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="48" />
      <source>&amp;Fit to window</source>
      <translation>Цонхонд &amp;багтаах</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="49" />
      <source>&amp;Rotate 90°</source>
      <translation>90° &amp;эргүүлэх</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="49" />
      <source>Show character &amp;boxes</source>
      <translation>Тэмдэгтийн &amp;хүрээ харуулах</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="50" />
      <source>&amp;Presentation mode</source>
      <translation>&amp;Танилцуулгын горим</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="50" />
      <source>"&amp;Today is"…</source>
      <translation>"Өнөөдөр &amp;бол"…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="51" />
      <source>Make &amp;altered copies…</source>
      <translation>Өөрчилсөн &amp;хуулбар хийх…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="51" />
      <source>&amp;Quiz…</source>
      <translation>&amp;Сорил…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="52" />
      <source>&amp;Import specimen pack…</source>
      <translation>Жишиг загварын багц &amp;оруулах…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="53" />
      <source>User &amp;specimen folder…</source>
      <translation>Хэрэглэгчийн жишиг загварын &amp;хавтас…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="54" />
      <source>&amp;Quit</source>
      <translation>&amp;Гарах</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="55" />
      <source>&amp;Analysis…</source>
      <translation>&amp;Шинжилгээ…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="55" />
      <source>&amp;Case report (PDF)…</source>
      <translation>&amp;Хэргийн тайлан (PDF)…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="56" />
      <source>&amp;Verify the log</source>
      <translation>Бүртгэлийг &amp;шалгах</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="56" />
      <source>&amp;Purge old personal data now</source>
      <translation>Хуучин хувийн мэдээллийг одоо &amp;устгах</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="57" />
      <source>Log &amp;settings…</source>
      <translation>Бүртгэлийн &amp;тохиргоо…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="59" />
      <source>&amp;File</source>
      <translation>&amp;Файл</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="59" />
      <source>&amp;View</source>
      <translation>&amp;Харагдац</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="59" />
      <source>&amp;Training</source>
      <translation>&amp;Сургалт</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="60" />
      <source>&amp;Language</source>
      <translation>&amp;Хэл</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="60" />
      <source>&amp;Record</source>
      <translation>&amp;Бүртгэл</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="61" />
      <source>Findings</source>
      <translation>Үр дүн</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="61" />
      <source>Document data</source>
      <translation>Баримт бичгийн мэдээлэл</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="61" />
      <source>Reference specimen</source>
      <translation>Жишиг загвар</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="62" />
      <source>Chip</source>
      <translation>Чип</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="224" />
      <source>Recent files</source>
      <translation>Сүүлийн файлууд</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="260" />
      <source>Open a document image</source>
      <translation>Баримт бичгийн зураг нээх</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="261" />
      <source>Images (*.png *.jpg *.jpeg *.tif *.tiff *.bmp *.webp)</source>
      <translation>Зураг (*.png *.jpg *.jpeg *.tif *.tiff *.bmp *.webp)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="275" />
      <source>The clipboard holds no image or text</source>
      <translation>Санах ойд зураг эсвэл бичвэр алга</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="278" />
      <source>pasted image</source>
      <translation>буулгасан зураг</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="313" />
      <source>Scanner output folder</source>
      <translation>Сканнерын гаралтын хавтас</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="321" />
      <source>Watching %1</source>
      <translation>%1 хавтсыг ажиглаж байна</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="322" />
      <source>Not watching a hot folder</source>
      <translation>Хавтас ажиглаагүй байна</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="337" />
      <source>%1 more new scans are waiting</source>
      <translation>Дахиад %1 шинэ скан хүлээгдэж байна</translation>
    </message>
    <message>
      <source>%1 more new scans are in Recent files</source>
      <translation type="vanished">Өөр %1 шинэ скан "Сүүлийн файлууд"-д байна</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="384" />
      <source>Training</source>
      <translation>Сургалт</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="384" />
      <source>Examine as if today were (YYYY-MM-DD); leave empty for the real date:</source>
      <translation>Өнөөдрийг энэ огноо гэж үзэж шалгах (ОООО-СС-ӨӨ); жинхэнэ огноонд хоосон үлдээнэ:</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="391" />
      <source>Not a date: %1</source>
      <translation>Огноо биш: %1</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="400" />
      <location filename="../../desktop/ui/main_window.py" line="597" />
      <source>TRAINING — today is %1</source>
      <translation>СУРГАЛТ — өнөөдөр %1</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="420" />
      <source>%1 altered copies saved in %2; the others are in Recent files</source>
      <translation>%1 өөрчилсөн хуулбарыг %2-д хадгаллаа; бусад нь "Сүүлийн файлууд"-д байна</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="430" />
      <source>Import a specimen pack</source>
      <translation>Жишиг загварын багц оруулах</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="431" />
      <source>Specimen packs (*.zip meta.json)</source>
      <translation>Жишиг загварын багц (*.zip meta.json)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="439" />
      <source>The pack was not imported:</source>
      <translation>Багцыг оруулсангүй:</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="444" />
      <source>Imported: %1</source>
      <translation>Орууллаа: %1</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="447" />
      <source>User specimen folder</source>
      <translation>Хэрэглэгчийн жишиг загварын хавтас</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="478" />
      <source>page 1 of %1</source>
      <translation>%1 хуудасны 1-р хуудас</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="520" />
      <source>Import CSCA master list or certificate</source>
      <translation>CSCA мастер жагсаалт эсвэл гэрчилгээ оруулах</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="521" />
      <source>Master lists, certificates and CRLs</source>
      <translation>Мастер жагсаалт, гэрчилгээ ба CRL</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="522" />
      <source>All files (*)</source>
      <translation>Бүх файл (*)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="551" />
      <source>The chip read could not be recorded: %1</source>
      <translation>Чипийн уншлагыг бүртгэж чадсангүй: %1</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="572" />
      <source>Open an image (Ctrl+O), drop one here, or open the Utopia specimen (Ctrl+U)</source>
      <translation>Зураг нээх (Ctrl+O), энд чирж оруулах, эсвэл Утопи загварыг нээх (Ctrl+U)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="587" />
      <source>Chip fails: %1</source>
      <translation>Чип тэнцээгүй: %1</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="588" />
      <source>Chip not verified: %1</source>
      <translation>Чип баталгаажаагүй: %1</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="593" />
      <source>Printed data: %1 of %2 fields compared</source>
      <translation>Хэвлэсэн мэдээлэл: %2 талбараас %1-ийг харьцуулсан</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="605" />
      <source>error</source>
      <translation>алдаа</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="681" />
      <source>Nothing recorded to report on: examine a document first</source>
      <translation>Тайлагнах бүртгэл алга: эхлээд баримт бичиг шалгана уу</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="684" />
      <source>Save the case report</source>
      <translation>Хэргийн тайланг хадгалах</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="686" />
      <source>PDF files (*.pdf)</source>
      <translation>PDF файл (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="697" />
      <source>Case report saved: %1</source>
      <translation>Хэргийн тайлан хадгалагдлаа: %1</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="718" />
      <source>The log is intact: %1 entries verified (%2 purged).</source>
      <translation>Бүртгэл бүрэн бүтэн: %1 бичилт шалгагдсан (%2 нь хувийн мэдээлэлгүй болсон).</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="723" />
      <source>THE LOG HAS BEEN ALTERED at entry %1: %2</source>
      <translation>БҮРТГЭЛД ӨӨРЧЛӨЛТ ОРСОН: бичилт %1: %2</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="742" />
      <source>Personal data of %1 old entries removed</source>
      <translation>%1 хуучин бичилтийн хувийн мэдээлэл устгагдлаа</translation>
    </message>
  </context>
  <context>
    <name>Manual</name>
    <message>
      <location filename="../../desktop/ui/manual_entry.py" line="21" />
      <source>Enter the MRZ</source>
      <translation>MRZ оруулах</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/manual_entry.py" line="27" />
      <source>Type or paste the 2 or 3 MRZ lines</source>
      <translation>MRZ-ийн 2 эсвэл 3 мөрийг бичих эсвэл буулгах</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/manual_entry.py" line="35" />
      <source>MRZ lines, exactly as printed (A–Z, 0–9 and &lt;):</source>
      <translation>MRZ-ийн мөрүүд, хэвлэгдсэнээр нь (A–Z, 0–9 ба &lt;):</translation>
    </message>
  </context>
  <context>
    <name>QuizDialog</name>
    <message>
      <location filename="../../desktop/ui/trainer.py" line="108" />
      <source>Quiz</source>
      <translation>Сорил</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/trainer.py" line="114" />
      <source>Genuine</source>
      <translation>Жинхэнэ</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/trainer.py" line="115" />
      <source>Altered</source>
      <translation>Өөрчилсөн</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/trainer.py" line="116" />
      <source>Next document</source>
      <translation>Дараагийн баримт</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/trainer.py" line="141" />
      <source>No specimen in the library</source>
      <translation>Санд жишиг загвар алга</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/trainer.py" line="150" />
      <source>Is this document genuine or altered? If altered, click where, then answer.</source>
      <translation>Энэ баримт жинхэнэ үү, өөрчилсөн үү? Өөрчилсөн бол хаана болохыг дараад хариулна уу.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/trainer.py" line="181" />
      <source>The document is the genuine specimen.</source>
      <translation>Энэ бол жинхэнэ жишиг загвар.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/trainer.py" line="182" />
      <source>Right</source>
      <translation>Зөв</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/trainer.py" line="182" />
      <source>Wrong</source>
      <translation>Буруу</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/trainer.py" line="184" />
      <source>and the right place</source>
      <translation>байрлал ч зөв</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/trainer.py" line="186" />
      <source>but not the right place (marked in orange)</source>
      <translation>гэвч байрлал буруу (улбар шараар тэмдэглэсэн)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/trainer.py" line="189" />
      <source>The app's verdict: %1</source>
      <translation>Програмын дүгнэлт: %1</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/trainer.py" line="194" />
      <source>Every MRZ check passes: only the printed data and the specimen show it.</source>
      <translation>MRZ-ийн бүх шалгалт тэнцэнэ: зөвхөн хэвлэсэн мэдээлэл ба жишиг загвар үүнийг илрүүлнэ.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/trainer.py" line="200" />
      <source>Score: %1 of %2</source>
      <translation>Оноо: %1/%2</translation>
    </message>
  </context>
  <context>
    <name>Record</name>
    <message>
      <location filename="../../desktop/ui/record_bar.py" line="15" />
      <source>&amp;Accept</source>
      <translation>&amp;Нэвтрүүлэх</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/record_bar.py" line="16" />
      <source>Refer to &amp;second line</source>
      <translation>&amp;Хоёрдугаар шатанд шилжүүлэх</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/record_bar.py" line="17" />
      <source>Re&amp;fuse</source>
      <translation>&amp;Татгалзах</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/record_bar.py" line="18" />
      <source>accepted</source>
      <translation>нэвтрүүлсэн</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/record_bar.py" line="19" />
      <source>referred to second line</source>
      <translation>хоёрдугаар шатанд шилжүүлсэн</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/record_bar.py" line="20" />
      <source>refused</source>
      <translation>татгалзсан</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/record_bar.py" line="66" />
      <source>Officer:</source>
      <translation>Алба хаагч:</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/record_bar.py" line="67" />
      <source>your name (once per session)</source>
      <translation>таны нэр (ээлж бүрт нэг удаа)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/record_bar.py" line="68" />
      <source>note for the record (optional)</source>
      <translation>бүртгэлийн тэмдэглэл (заавал биш)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/record_bar.py" line="71" />
      <source>Case report (PDF)…</source>
      <translation>Хэргийн тайлан (PDF)…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/record_bar.py" line="97" />
      <source>Recorded in the log as entry %1. Your decision:</source>
      <translation>Бүртгэлд %1 бичилтээр тэмдэглэгдлээ. Таны шийдвэр:</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/record_bar.py" line="100" />
      <source>Decision recorded: %1 (entry %2).</source>
      <translation>Шийдвэр тэмдэглэгдлээ: %1 (бичилт %2).</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/record_bar.py" line="104" />
      <source>NOT RECORDED: %1</source>
      <translation>БҮРТГЭГДЭЭГҮЙ: %1</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/record_bar.py" line="107" />
      <source>Recording is off (Record ▸ Log settings).</source>
      <translation>Бүртгэл унтраалттай (Бүртгэл ▸ Бүртгэлийн тохиргоо).</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/log_settings.py" line="30" />
      <source>Log settings</source>
      <translation>Бүртгэлийн тохиргоо</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/log_settings.py" line="31" />
      <source>Record every examination in the log</source>
      <translation>Шалгалт бүрийг бүртгэлд тэмдэглэх</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/log_settings.py" line="35" />
      <source>Keep the document images in the log</source>
      <translation>Баримт бичгийн зургийг бүртгэлд хадгалах</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/log_settings.py" line="40" />
      <source>days</source>
      <translation>хоног</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/log_settings.py" line="45" />
      <source>Log (SQLite file or postgresql://…):</source>
      <translation>Бүртгэл (SQLite файл эсвэл postgresql://…):</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/log_settings.py" line="47" />
      <source>Keep personal data and images for:</source>
      <translation>Хувийн мэдээлэл, зургийг хадгалах хугацаа:</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/log_settings.py" line="48" />
      <source>Workstation id:</source>
      <translation>Ажлын байрны дугаар:</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/log_settings.py" line="49" />
      <source>Older entries keep their verdict, codes and decision (for statistics) and lose names, numbers, notes and images. The log's hash chain stays verifiable.</source>
      <translation>Хугацаа хэтэрсэн бичилтэд дүгнэлт, код, шийдвэр (статистикт) үлдэж, нэр, дугаар, тэмдэглэл, зураг устгагдана. Бүртгэлийн хэш гинж шалгагдах боломжтой хэвээр үлдэнэ.</translation>
    </message>
  </context>
  <context>
    <name>Results</name>
    <message>
      <location filename="../../desktop/ui/results_panel.py" line="15" />
      <source>Check digits</source>
      <translation>Хяналтын тоо</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/results_panel.py" line="15" />
      <source>Layout</source>
      <translation>Бүтэц</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/results_panel.py" line="16" />
      <source>Codes</source>
      <translation>Кодууд</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/results_panel.py" line="16" />
      <source>Dates</source>
      <translation>Огноо</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/results_panel.py" line="17" />
      <source>Names</source>
      <translation>Нэр</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/results_panel.py" line="17" />
      <source>Printed data</source>
      <translation>Хэвлэсэн мэдээлэл</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/results_panel.py" line="18" />
      <source>Deviations</source>
      <translation>Мэдэгдэж буй зөрүү</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/results_panel.py" line="18" />
      <source>Reading</source>
      <translation>Уншилт</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/results_panel.py" line="50" />
      <source>sum</source>
      <translation>нийлбэр</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/results_panel.py" line="51" />
      <source>sum mod 10</source>
      <translation>нийлбэр mod 10</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/results_panel.py" line="76" />
      <source>Finding</source>
      <translation>Үр дүн</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/results_panel.py" line="76" />
      <source>Where</source>
      <translation>Байршил</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/results_panel.py" line="96" />
      <source>%1 of %2 printed fields compared</source>
      <translation>хэвлэсэн %2 талбараас %1-ийг харьцуулсан</translation>
    </message>
  </context>
  <context>
    <name>Specimen</name>
    <message>
      <source>Reference specimen: the specimen library is not installed yet.</source>
      <translation type="vanished">Жишиг загвар: загварын сан хараахан суулгагдаагүй байна.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/specimen_panel.py" line="24" />
      <source>Side by side</source>
      <translation>Зэрэгцүүлэх</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/specimen_panel.py" line="24" />
      <source>Overlay</source>
      <translation>Давхарлах</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/specimen_panel.py" line="25" />
      <source>Swipe</source>
      <translation>Гулсуулж харьцуулах</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/specimen_panel.py" line="27" />
      <source>same issuing State</source>
      <translation>ижил олгосон улс</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/specimen_panel.py" line="27" />
      <source>same document code</source>
      <translation>ижил баримтын код</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/specimen_panel.py" line="28" />
      <source>same kind of document</source>
      <translation>ижил төрлийн баримт</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/specimen_panel.py" line="28" />
      <source>same format</source>
      <translation>ижил хэлбэр</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/specimen_panel.py" line="29" />
      <source>issued in this series</source>
      <translation>энэ цувралд олгосон</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/specimen_panel.py" line="30" />
      <source>dates outside this series</source>
      <translation>огноо энэ цувралаас гадуур</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/specimen_panel.py" line="32" />
      <source>Front</source>
      <translation>Нүүр тал</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/specimen_panel.py" line="32" />
      <source>Back</source>
      <translation>Ар тал</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/specimen_panel.py" line="33" />
      <source>White light</source>
      <translation>Цагаан гэрэл</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/specimen_panel.py" line="33" />
      <source>Infrared</source>
      <translation>Хэт улаан туяа</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/specimen_panel.py" line="34" />
      <source>Ultraviolet</source>
      <translation>Хэт ягаан туяа</translation>
    </message>
  </context>
  <context>
    <name>SpecimenPanel</name>
    <message>
      <location filename="../../desktop/ui/specimen_panel.py" line="172" />
      <source>No specimen in the library</source>
      <translation>Санд жишиг загвар алга</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/specimen_panel.py" line="199" />
      <source>No document examined: choose a specimen to study</source>
      <translation>Баримт шалгаагүй байна: судлах жишиг загвараа сонгоно уу</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/specimen_panel.py" line="201" />
      <source>Best match: %1</source>
      <translation>Хамгийн тохирох: %1</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/specimen_panel.py" line="203" />
      <source>No specimen of this document; nearest: %1</source>
      <translation>Энэ баримтын жишиг загвар алга; хамгийн ойр: %1</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/specimen_panel.py" line="206" />
      <source>No specimen of this document in the library</source>
      <translation>Энэ баримтын жишиг загвар санд алга</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/specimen_panel.py" line="255" />
      <source>The scan could not be aligned with this side of the specimen: compare them side by side.</source>
      <translation>Сканыг жишиг загварын энэ талтай тааруулж чадсангүй: зэрэгцүүлж харьцуулна уу.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/specimen_panel.py" line="258" />
      <source>Click a security feature (◆) on the specimen or in the list to see where it should be on the document and what to look for.</source>
      <translation>Хамгаалалтын элемент (◆)-ийг жишиг загвар эсвэл жагсаалтаас дарж, баримтын аль хэсэгт байх ёстой, юуг анхаарахыг харна уу.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/specimen_panel.py" line="284" />
      <source>Opacity</source>
      <translation>Тунгалаг бус байдал</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/specimen_panel.py" line="284" />
      <source>Swipe</source>
      <translation>Гулсуулж харьцуулах</translation>
    </message>
  </context>
  <context>
    <name>Terms</name>
    <message>
      <source>letters</source>
      <translation>үсэг</translation>
    </message>
    <message>
      <source>digits</source>
      <translation>цифр</translation>
    </message>
    <message>
      <source>letters and digits</source>
      <translation>үсэг ба цифр</translation>
    </message>
    <message>
      <source>national passport</source>
      <translation>үндэсний паспорт</translation>
    </message>
    <message>
      <source>emergency passport</source>
      <translation>яаралтай паспорт</translation>
    </message>
    <message>
      <source>diplomatic passport</source>
      <translation>дипломат паспорт</translation>
    </message>
    <message>
      <source>official or service passport</source>
      <translation>албан буюу үйлчилгээний паспорт</translation>
    </message>
    <message>
      <source>refugee travel document</source>
      <translation>дүрвэгчийн зорчих баримт бичиг</translation>
    </message>
    <message>
      <source>alien's passport</source>
      <translation>оршин суугч гадаадын хүнд олгосон паспорт</translation>
    </message>
    <message>
      <source>stateless person's document</source>
      <translation>харьяалалгүй хүний бичиг баримт</translation>
    </message>
    <message>
      <source>laissez-passer</source>
      <translation>нэвтрэх бичиг</translation>
    </message>
    <message>
      <source>military passport</source>
      <translation>цэргийн паспорт</translation>
    </message>
    <message>
      <source>single-sheet emergency travel document</source>
      <translation>нэг хуудас яаралтай зорчих бичиг</translation>
    </message>
    <message>
      <source>Estonian residence permit card</source>
      <translation>Эстонийн оршин суух зөвшөөрлийн карт</translation>
    </message>
    <message>
      <source>German arrival certificate (Ankunftsnachweis)</source>
      <translation>Германы ирэлтийн гэрчилгээ (Ankunftsnachweis)</translation>
    </message>
    <message>
      <source>Maldives ordinary passport (legacy PR; under §4.4 PR means refugee)</source>
      <translation>Мальдивын энгийн паспорт (хуучин PR; §4.4-өөр PR нь дүрвэгч гэсэн утгатай)</translation>
    </message>
    <message>
      <source>left</source>
      <translation>зүүн</translation>
    </message>
    <message>
      <source>right</source>
      <translation>баруун</translation>
    </message>
    <message>
      <source>top</source>
      <translation>дээд</translation>
    </message>
    <message>
      <source>bottom</source>
      <translation>доод</translation>
    </message>
    <message>
      <source>MRZ</source>
      <translation>MRZ</translation>
    </message>
    <message>
      <source>face</source>
      <translation>нүүрний зураг</translation>
    </message>
    <message>
      <source>fingerprints</source>
      <translation>хурууны хээ</translation>
    </message>
    <message>
      <source>iris</source>
      <translation>солонгон бүрхэвч</translation>
    </message>
    <message>
      <source>portrait</source>
      <translation>хөрөг зураг</translation>
    </message>
    <message>
      <source>signature</source>
      <translation>гарын үсэг</translation>
    </message>
    <message>
      <source>personal details</source>
      <translation>хувийн мэдээлэл</translation>
    </message>
    <message>
      <source>document details</source>
      <translation>баримтын мэдээлэл</translation>
    </message>
    <message>
      <source>optional details</source>
      <translation>нэмэлт мэдээлэл</translation>
    </message>
    <message>
      <source>security options</source>
      <translation>хамгаалалтын сонголтууд</translation>
    </message>
    <message>
      <source>Active Authentication key</source>
      <translation>Идэвхтэй баталгаажуулалтын түлхүүр</translation>
    </message>
    <message>
      <source>persons to notify</source>
      <translation>мэдэгдэх хүмүүс</translation>
    </message>
    <message>
      <source>data</source>
      <translation>мэдээлэл</translation>
    </message>
    <message>
      <source>(empty)</source>
      <translation>(хоосон)</translation>
    </message>
    <message>
      <source> and &lt;</source>
      <translation> болон &lt;</translation>
    </message>
  </context>
  <context>
    <name>Trainer</name>
    <message>
      <location filename="../../desktop/ui/trainer.py" line="25" />
      <source>Wrong check digit</source>
      <translation>Буруу хяналтын тоо</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/trainer.py" line="26" />
      <source>Changed birth date, old check digit</source>
      <translation>Төрсөн огноо өөрчилсөн, хуучин хяналтын тоо</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/trainer.py" line="27" />
      <source>Changed birth date, check digits recomputed</source>
      <translation>Төрсөн огноо өөрчилсөн, хяналтын тоог дахин тооцсон</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/trainer.py" line="28" />
      <source>Changed name</source>
      <translation>Нэр өөрчилсөн</translation>
    </message>
  </context>
  <context>
    <name>Trust</name>
    <message>
      <location filename="../../desktop/ui/trust_import.py" line="24" />
      <source>Trust a new CSCA?</source>
      <translation>Шинэ CSCA-д итгэх үү?</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/trust_import.py" line="27" />
      <source>%1 is not vouched for by any CSCA this workstation trusts. Import it only if your unit published one of these fingerprints and you have compared it by telephone, letter or a signed message:</source>
      <translation>%1-ийг энэ ажлын байрны итгэдэг ямар ч CSCA баталгаажуулаагүй. Танай нэгж эдгээр хурууны хээний аль нэгийг нийтэлсэн бөгөөд та үүнийг утас, захидал эсвэл гарын үсэгтэй мессежээр тулгасан бол л оруулна уу:</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/trust_import.py" line="44" />
      <source>Type the fingerprint your unit gave you (spaces and colons do not matter):</source>
      <translation>Танай нэгжийн өгсөн хурууны хээг бичнэ үү (зай ба хоёр цэг хамаагүй):</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/trust_import.py" line="54" />
      <source>Import</source>
      <translation>Оруулах</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/trust_import.py" line="76" />
      <source>This is not one of the fingerprints above: do not import.</source>
      <translation>Энэ нь дээрх хурууны хээнүүдийн нэг биш: бүү оруул.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/trust_import.py" line="97" />
      <location filename="../../desktop/ui/trust_import.py" line="103" />
      <source>Not imported</source>
      <translation>Оруулсангүй</translation>
    </message>
  </context>
  <context>
    <name>Verdict</name>
    <message>
      <location filename="../../desktop/ui/verdict_banner.py" line="11" />
      <source>PASS</source>
      <translation>ТЭНЦСЭН</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/verdict_banner.py" line="11" />
      <source>FAIL</source>
      <translation>ТЭНЦЭЭГҮЙ</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/verdict_banner.py" line="12" />
      <source>UNREADABLE</source>
      <translation>УНШИГДАХГҮЙ</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/verdict_banner.py" line="12" />
      <source>ERROR</source>
      <translation>АЛДАА</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/verdict_banner.py" line="13" />
      <source>READY</source>
      <translation>БЭЛЭН</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/verdict_banner.py" line="13" />
      <source>READING…</source>
      <translation>УНШИЖ БАЙНА…</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/ui/verdict_banner.py" line="104" />
      <source>%n failed</source>
      <translation>
        <numerusform>%n тэнцээгүй</numerusform>
        <numerusform>%n тэнцээгүй</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/ui/verdict_banner.py" line="105" />
      <source>%n warnings</source>
      <translation>
        <numerusform>%n анхааруулга</numerusform>
        <numerusform>%n анхааруулга</numerusform>
      </translation>
    </message>
  </context>
</TS>