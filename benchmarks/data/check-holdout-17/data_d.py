CASES = []

CASES.append(dict(
slug="soja-cosecha-argentina", lang="es", outlet="El Observador Agrario Pampeano", author="Lucía Ferraro", section="Agro",
url="https://www.observadoragrario.example/agro/2024/01/18/bolsa-eleva-estimacion-cosecha-soja-52-millones",
title="La Bolsa eleva a 52,5 millones de toneladas la estimación de la cosecha de soja",
published="2024-01-18T11:00:00-03:00", time_display="Jueves 18 de enero de 2024 - 11:00",
paras=[
"ROSARIO — La Bolsa de Cereales de Pampa Alta elevó el jueves su estimación de la cosecha de soja 2023/24 a 52,5 millones de toneladas, más del doble de los 25 millones recogidos en la campaña anterior, la peor en más de dos décadas a causa de la sequía.",
"La superficie sembrada con soja alcanza 17,3 millones de hectáreas, un 4 % más que el año pasado. El maíz, por su parte, cubre 7,6 millones de hectáreas y podría rendir 56 millones de toneladas, según el informe semanal de la entidad.",
"Las lluvias de diciembre fueron decisivas. En Pergamino cayeron 142 milímetros, frente a una media histórica de 118 milímetros para ese mes, y en Marcos Juárez se registraron 131 milímetros.",
"Sin embargo, la Bolsa advirtió sobre la ola de calor prevista para la semana próxima, con temperaturas de hasta 41 °C en el norte de Buenos Aires y el sur de Santa Fe. «Un golpe de calor en plena floración puede costar entre dos y tres millones de toneladas», dijo su economista jefe, Martín Echeverría.",
"Con los precios actuales, el complejo sojero podría aportar unos 16.400 millones de dólares en exportaciones este año, frente a 9.900 millones en 2023, calcula la entidad.",
"En el mercado local, la tonelada de soja cotizaba el martes a 245.000 pesos, un 8 % menos que una semana antes, tras la devaluación de diciembre y la baja de los precios internacionales en Chicago.",
"El Gobierno anunció ese mismo martes, 16 de enero, que mantendrá en el 33 % los derechos de exportación de la soja, pese al pedido de las entidades rurales de reducirlos. Los productores sostienen que, con ese nivel, uno de cada tres dólares que exporta el campo queda en manos del Estado.",
"«Después del año pasado, cualquier cosa es mejor. Pero con estas retenciones, los números siguen muy justos», dijo Graciela Ibarra, que siembra 420 hectáreas cerca de Venado Tuerto.",
"La próxima estimación de la Bolsa se publicará el jueves 25 de enero.",
],
digest="""アルゼンチン大豆:収穫予想5250万トン、前年の2倍超に2024年01月19日 07:30

国立国会図書館デジタルコレクション「名所江戸百景」を加工して作成
【概要】

 アルゼンチンの穀物取引所「パンパ・アルタ穀物取引所」は18日、2023/24年度の大豆収穫量の予想を5250万トンに引き上げた。干ばつで過去20年余りで最悪となった前年度の2500万トンの2倍を超える。

 主なハイライト

 作付けの拡大:大豆の作付面積は1730万ヘクタールで前年より4%増えた。トウモロコシは760万ヘクタールで、5600万トンの収穫が見込まれる。

 12月の雨:ペルガミーノでは12月の降水量が142ミリと、同月の平年値118ミリを24ミリ上回った。マルコス・フアレスでも131ミリを記録した。

 文脈

 輸出収入:現在の価格水準なら大豆関連の輸出額は今年約164億ドルとなり、2023年の99億ドルから65億ドル増える見通し。

 輸出税の据え置き:政府は16日(火)、大豆の輸出税率を33%に据え置くと発表した。生産者は、輸出で得たドルの3分の1が国に吸い上げられていると反発している。

 一方、来週に予想される熱波が、回復しつつある収穫の先行きに影を落としている。

【詳細】

 前年の記録的な干ばつから一転、アルゼンチンの大豆生産は大きく回復する見込みとなった。以下、予想の中身とリスク、農家の声をまとめる。

 収穫予想

 1.大豆とトウモロコシ

 ・大豆の収穫予想は5250万トン、作付面積は1730万ヘクタール。
 ・トウモロコシは760万ヘクタールで5600万トンの見込み。

 2.降雨の効果

 ・12月の雨が決め手となり、ペルガミーノでは142ミリ、マルコス・フアレスでは131ミリの降水があった。

 リスクと政策

 1.熱波

 ・来週はブエノスアイレス州北部とサンタフェ州南部で最高41℃の猛暑が予想される。
 ・同取引所のマルティン・エチェベリア(Martín Echeverría)チーフエコノミストは「開花期のさなかに熱波に見舞われれば、200万〜300万トンを失いかねない」と警告した。

 2.価格と輸出税

 ・国内市場の大豆価格は16日に1トン24万5000ペソで、1週間前より8%下がった。12月の通貨切り下げと、シカゴの国際価格の下落が響いた。
 ・政府は輸出税33%を維持し、農業団体の引き下げ要求を退けた。

 3.生産者の声

 ・ベナド・トゥエルト近郊で420ヘクタールを耕作するグラシエラ・イバラ(Graciela Ibarra)さんは「昨年に比べれば何でもましだが、この輸出税では収支はまだぎりぎりだ」と話した。

 取引所の次回の予想は25日(木)に公表される。

【要点】

 収穫予想

 1.大豆とトウモロコシ

 ・大豆5250万トン、前年度の2倍超。

 2.降雨の効果

 ・12月の降水は平年を上回った。

 リスクと政策

 1.熱波

 ・最高41℃の熱波で200万〜300万トンの減収リスク。

 2.価格と輸出税

 ・大豆は1トン24万5000ペソ、輸出税33%は据え置き。

 3.生産者の声

 ・「収支はまだぎりぎり」。

【引用・参照・底本】

La Bolsa eleva a 52,5 millones de toneladas la estimación de la cosecha de soja El Observador Agrario Pampeano 2024.01.18

https://www.observadoragrario.example/agro/2024/01/18/bolsa-eleva-estimacion-cosecha-soja-52-millones
""",
errs=[
("・大豆の収穫予想は5250万トン、作付面積は1730万ヘクタール。", "・大豆の収穫予想は5250万トン、作付面積は1370万ヘクタール。", "mismatch", "error", "1370万ヘクタール"),
("輸出額は今年約164億ドルとなり", "輸出額は今年約1640億ドルとなり", "mismatch", "error", "1640億ドル"),
("El Observador Agrario Pampeano 2024.01.18", "El Observador Agrario Pampeano 2024.01.17", "citation", "warning", "2024.01.17"),
]))

CASES.append(dict(
slug="musei-valdoria-visitatori", lang="it", outlet="Corriere delle Arti Venete", author="Giulia Castellan", section="Cultura",
url="https://www.corrierearti.example/cultura/2025/01/09/musei-civici-valdoria-record-visitatori-2024",
title="Musei Civici di Valdoria, anno record: per la prima volta oltre due milioni di visitatori",
published="2025-01-09T12:30:00+01:00", time_display="9 gennaio 2025, ore 12:30",
paras=[
"VALDORIA — I Musei Civici di Valdoria hanno chiuso il 2024 con 2.134.600 visitatori, contro i 1.902.300 dell'anno precedente: un aumento del 12,2 per cento che porta per la prima volta il polo museale oltre quota due milioni. I dati sono stati presentati giovedì in Comune.",
"Gli incassi da biglietteria hanno raggiunto 18,7 milioni di euro, il 15 per cento in più rispetto al 2023. I visitatori stranieri rappresentano il 58 per cento del totale, con Germania, Stati Uniti e Francia ai primi tre posti.",
"Il 2024 era l'anno del centocinquantesimo anniversario: i musei furono fondati nel 1874 con la donazione della collezione del conte Alvise Morosini. Per l'occasione sono state riaperte tredici sale dell'ala nord, chiuse dal terremoto del 2012.",
"La mostra «Luce del Nord», dedicata alla pittura fiamminga, ha attirato da sola 486.000 visitatori ed è stata prorogata fino al 2 marzo.",
"«È un risultato che premia il lavoro di 214 persone, dai custodi ai restauratori», ha detto la direttrice Chiara Benvenuti. «Ma crescere così in fretta pone anche problemi: nelle domeniche di agosto abbiamo dovuto chiudere le biglietterie alle 15.»",
"Dal 1° marzo il biglietto intero passerà da 16 a 20 euro. Resteranno gratuite le prime domeniche del mese, che nel 2024 hanno registrato 312.000 ingressi.",
"L'assessore alla cultura Paolo Trevisan ha annunciato che da venerdì 17 gennaio l'ala nord resterà aperta il venerdì fino alle 22. Il Comune investirà inoltre 3,4 milioni di euro in tre anni per un nuovo sistema di climatizzazione.",
"Non mancano le critiche. Le associazioni dei residenti del centro storico lamentano code e affollamento, e chiedono un tetto giornaliero di 9.000 ingressi, contro i picchi di oltre 12.000 registrati in estate.",
],
digest="""ヴァルドリア市立美術館:来館者が初めて200万人超え2025年01月10日 08:10

国立国会図書館デジタルコレクション「浪華百景」を加工して作成
【概要】

 イタリア北部ヴァルドリアの市立美術館群は、2024年の来館者が213万4600人に達したと9日(木)に発表した。前年の190万2300人から12.2%増え、初めて200万人を超えた。

 主なハイライト

 入場料収入:チケット収入は1870万ユーロで、2023年から15%増えた。外国人客が全体の58%と6割近くを占め、国別ではドイツ、米国、フランスの順に多かった。

 創立150年:美術館は1874年にアルヴィーゼ・モロジーニ伯爵のコレクション寄贈で創設された。記念の年に、2012年の地震以来閉鎖されていた北棟の13室が再開した。

 文脈

 値上げ:3月1日から一般入場料を16ユーロから20ユーロへ4ユーロ、25%引き上げる。毎月第1日曜日の無料開放は続ける。2024年の無料日の入場は31万2000人で、来館者全体の約15%にあたった。

 混雑への不満:旧市街の住民団体は1日の入場を9000人に制限するよう求めている。夏のピーク時には1日1万2000人を超えていた。

 来館者数は前年より約23万人増えたが、急成長は運営面での課題も生んでいる。

【詳細】

 創立150年の節目に、ヴァルドリアの市立美術館群は過去最高の来館者を記録した。以下、数字の中身と今後の計画、課題を整理する。

 記録的な1年

 1.来館者と収入

 ・来館者213万4600人、前年比12.2%増。
 ・チケット収入1870万ユーロ、同15%増。

 2.人気の展覧会

 ・フランドル絵画を紹介する「北の光」展は単独で48万6000人を集め、会期を3月2日まで延長した。

 今後の計画と課題

 1.運営側の声

 ・キアラ・ベンヴェヌーティ(Chiara Benvenuti)館長は「守衛から修復士まで214人の働きが報われた結果だ」と述べた。一方で「急成長には問題もある。8月の日曜日には午後3時にチケット売り場を閉めなければならなかった」と語った。

 2.市の施策

 ・パオロ・トレヴィザン(Paolo Trevisan)文化担当評議員によると、17日(金)から北棟は毎週金曜日に午後10時まで開館する。
 ・市は3年間で340万ユーロを投じ、新しい空調設備を導入する。

 3.入場料

 ・一般入場料は3月1日から20ユーロとなる。

 住民の不満をどう和らげるかが、200万人時代の美術館の新たな課題となっている。

【要点】

 記録的な1年

 1.来館者と収入

 ・来館者213万4600人で初の200万人超え、収入1870万ユーロ。

 2.人気の展覧会

 ・「北の光」展に48万6000人、3月2日まで延長。

 今後の計画と課題

 1.運営側の声

 ・館長「急成長には問題もある」。

 2.市の施策

 ・金曜は午後10時まで開館、空調に340万ユーロ。

 3.入場料

 ・16ユーロから20ユーロへ値上げ。

【引用・参照・底本】

Musei Civici di Valdoria, anno record: per la prima volta oltre due milioni di visitatori Corriere delle Arti Venete 2025.01.09

https://www.corrierearti.example/cultura/2025/01/09/musei-civici-valdoria-record-visitatori-2024
""",
errs=[
("2024年の来館者が213万4600人に達した", "2024年の来館者が231万4600人に達した", "mismatch", "error", "231万4600人"),
("チケット収入は1870万ユーロで", "チケット収入は1億8700万ユーロで", "mismatch", "error", "1億8700万ユーロ"),
("DROP", "【要点】", "structure", "warning", "【要点】"),
]))
