CASES = []

CASES.append(dict(
slug="leipzig-mietspiegel", lang="de", outlet="Leipziger Stadtanzeiger Online", author="Katrin Wendler", section="Wohnen",
url="https://www.stadtanzeiger-leipzig.example/wohnen/neuer-mietspiegel-2024-durchschnittsmiete-steigt",
title="Neuer Mietspiegel: Leipziger zahlen im Schnitt 7,85 Euro pro Quadratmeter",
published="2024-05-16T11:20:00+02:00", time_display="16.05.2024 – 11:20 Uhr",
paras=[
"LEIPZIG — Die durchschnittliche Nettokaltmiete in Leipzig ist seit 2022 um gut zehn Prozent gestiegen. Nach dem neuen Mietspiegel, den die Stadt am Donnerstag vorgestellt hat, zahlen Mieterinnen und Mieter nun im Schnitt 7,85 Euro pro Quadratmeter, nach 7,12 Euro vor zwei Jahren.",
"Eine 65-Quadratmeter-Wohnung kostet damit im Mittel rund 510 Euro kalt. Deutlich teurer sind neue Verträge: Wer 2023 eine Wohnung neu angemietet hat, zahlte durchschnittlich 10,40 Euro pro Quadratmeter.",
"Grundlage des Mietspiegels ist eine Befragung von rund 6.800 Haushalten. Insgesamt gibt es in der Stadt etwa 342.000 Mietwohnungen. Der Leerstand ist weiter gesunken und liegt nur noch bei 2,9 Prozent – vor zehn Jahren waren es noch mehr als sechs Prozent.",
"„Leipzig ist nach wie vor günstiger als andere Großstädte, aber der Abstand schrumpft“, sagte Baubürgermeisterin Karin Oswald. Das Problem sei vor allem der Neubau: 2023 wurden nur 2.140 Wohnungen fertiggestellt, das Ziel der Stadt liegt bei 4.000 pro Jahr.",
"Hohe Zinsen und Baukosten hätten viele Projekte gestoppt, so Oswald. Die Stadt will deshalb eigene Grundstücke verstärkt an Genossenschaften vergeben und den Anteil geförderter Wohnungen in neuen Quartieren auf 30 Prozent erhöhen.",
"Der Mieterverein Leipzig sieht die Entwicklung mit Sorge. „Für Haushalte mit kleinen Einkommen wird es eng, vor allem bei Neuvermietungen“, sagte die Vorsitzende Birgit Hanke. Sie forderte, die seit 2022 geltende Mietpreisbremse über das Jahr 2025 hinaus zu verlängern.",
"Vermieterverbände halten dagegen. Die Mieten in Leipzig lägen noch immer rund ein Drittel unter dem Niveau von Hamburg oder Frankfurt, und ohne angemessene Erträge lohne sich die Sanierung älterer Häuser nicht.",
"Besonders stark stiegen die Mieten in den Stadtteilen Plagwitz und Lindenau, wo viele Altbauten in den vergangenen Jahren saniert wurden. Am günstigsten wohnt man weiterhin in Grünau mit durchschnittlich 6,20 Euro pro Quadratmeter.",
"Der Stadtrat soll den Mietspiegel in seiner Sitzung am 12. Juni beschließen. Er gilt dann für zwei Jahre.",
],
digest="""ライプツィヒの家賃:平均1平方メートル7.85ユーロ、2年で1割上昇2024年05月17日 07:20

国立国会図書館デジタルコレクション「名所江戸百景」を加工して作成
【概要】

 ドイツ東部ライプツィヒ市が16日(木)に公表した新しい家賃指標(ミートシュピーゲル)によると、光熱費などを除いた平均家賃は1平方メートルあたり7.85ユーロで、2年前の7.12ユーロから0.73ユーロ、約10%上がった。

 主なハイライト

 新規契約は割高:2023年に新たに結ばれた賃貸契約の平均は1平方メートル10.40ユーロで、既存契約を含む平均より2.55ユーロ高い。65平方メートルの住戸なら、平均家賃は月約510ユーロとなる。

 空き家の減少:市内の賃貸住宅約34万2000戸のうち空き家率は2.9%にとどまり、10年前の6%超から半分以下に下がった。

 文脈

 進まない新築:2023年の完成戸数は2140戸で、市が目標とする年4000戸の約半分にとどまった。

 家賃抑制策:借家人協会は、2022年から適用されている家賃抑制制度(ミートプライスブレムゼ)を2025年以降も延長するよう求めている。

 市議会は6月12日(水)の会合で新指標を議決する予定で、承認されれば2年間適用される。

【詳細】

 比較的家賃の安い都市とされてきたライプツィヒでも、上昇が目立ち始めた。以下、調査の中身と関係者の見方をまとめる。

 家賃の動向

 1.平均家賃

 ・平均家賃は7.85ユーロで、2年前から約1割上昇した。
 ・調査は約6800世帯を対象に行われた。

 2.地区ごとの差

 ・古い建物の改修が進んだプラークヴィッツ地区とリンデナウ地区で上昇が特に大きかった。
 ・最も安いのはグリューナウ地区で、平均6.20ユーロ。市全体の平均を1.65ユーロ下回る。

 関係者の見方

 1.市の説明

 ・カリン・オスヴァルト(Karin Oswald)建設担当副市長は「ライプツィヒは今も他の大都市より安いが、その差は縮まっている」と述べた。
 ・高金利と建設費の高騰で多くの計画が止まっているとして、市有地を協同組合に優先的に割り当て、新しい地区での補助付き住宅の割合を30%に引き上げる方針を示した。

 2.借家人と家主

 ・借家人協会のビルギット・ハンケ(Birgit Hanke)会長は「低所得世帯、とくに新たに部屋を借りる人にとっては厳しい」と懸念を示した。
 ・一方、家主団体は、ライプツィヒの家賃はなおハンブルクやフランクフルトより3分の1ほど低く、適正な収益がなければ古い住宅の改修は割に合わないと反論している。

 新築の遅れが続けば、空き家率の低下とともに家賃の上昇圧力はさらに強まりそうだ。

【要点】

 家賃の動向

 1.平均家賃

 ・1平方メートル7.85ユーロ、2年で約10%上昇。

 2.地区ごとの差

 ・最も安いグリューナウは6.20ユーロ。

 関係者の見方

 1.市の説明

 ・2023年の完成は2140戸で目標の約半分。

 2.借家人と家主

 ・借家人協会は家賃抑制制度の延長を要求、家主団体は反発。

【引用・参照・底本】

Neuer Mietspiegel: Leipziger zahlen im Schnitt 7,85 Euro pro Quadratmeter Leipziger Stadtanzeiger Online 2024.05.16

https://www.stadtanzeiger-leipzig.example/wohnen/neuer-mietspiegel-2024-durchschnittsmiete-steigt
""",
errs=[
("・1平方メートル7.85ユーロ、2年で約10%上昇。", "・1平方メートル7.58ユーロ、2年で約10%上昇。", "mismatch", "error", "7.58ユーロ"),
("2023年の完成戸数は2140戸で", "2023年の完成戸数は2410戸で", "mismatch", "error", "2410戸"),
("・平均家賃は7.85ユーロで、2年前から約1割上昇した。", "・平均家賃は7.85ユーロで、2年前から約1割上昇した。1990年代以降で最大の上昇幅である。", "unsupported", "warning", "1990年代"),
]))

CASES.append(dict(
slug="sturmtief-henrike", lang="de", outlet="Küstenbote Schleswig-Holstein", author="Jan-Hendrik Petersen", section="Wetter",
url="https://www.kuestenbote-sh.example/wetter/sturmtief-henrike-bilanz-sturmflut-windstrom",
title="Sturmtief „Henrike“: Sturmflut in Hamburg, Rekord beim Windstrom",
published="2025-01-13T07:30:00+01:00", time_display="Montag, 13. Januar 2025, 07:30 Uhr",
paras=[
"KIEL — Sturmtief „Henrike“ hat in der Nacht zu Montag an der Nordseeküste und in Hamburg für eine schwere Sturmflut gesorgt. Am Pegel St. Pauli erreichte das Wasser um 4.12 Uhr einen Stand von 1,85 Metern über dem mittleren Hochwasser. Der Fischmarkt wurde überflutet, größere Schäden blieben aber aus.",
"Die stärkste Böe maß der Wetterdienst auf Helgoland mit 142 Kilometern pro Stunde. In Kiel wurden 118 Kilometer pro Stunde erreicht, in Hamburg 104.",
"Im ganzen Land wurden nach Angaben der Polizei 14 Menschen leicht verletzt, die meisten durch umstürzende Bäume und herumfliegende Teile. Rund 21.000 Haushalte waren zeitweise ohne Strom, am Montagmorgen waren es noch etwa 3.500.",
"Die Bahn strich am Sonntag rund 230 Verbindungen im Norden, der Fernverkehr zwischen Hamburg und Westerland ruhte bis Montagmittag. Auch die Fähren zu den Halligen und nach Helgoland fielen aus.",
"Für die Windbranche war der Sturm ein Rekordtag. Die Windräder in Schleswig-Holstein speisten am Sonntagabend zeitweise 9.450 Megawatt ins Netz ein, so viel wie nie zuvor. Weil die Leitungen nach Süden den Strom nicht vollständig abtransportieren konnten, mussten Anlagen mit einer Leistung von rund 1.200 Megawatt abgeregelt werden.",
"„Wir haben an einem Tag gezeigt, was möglich ist, und zugleich, was fehlt“, sagte Energiewendeminister Tobias Brandt. Der Ausbau der Stromleitungen müsse schneller gehen.",
"Die Versicherer schätzen die versicherten Schäden in Norddeutschland auf rund 45 Millionen Euro. Das ist deutlich weniger als bei den schweren Stürmen des Winters 2022.",
"Der Deutsche Wetterdienst erwartet für Dienstag eine Beruhigung. Allerdings könnte am Donnerstag das nächste Tief die Küste erreichen, mit Böen bis 90 Kilometern pro Stunde.",
],
digest="""北ドイツの嵐:ハンブルクで高潮、風力発電は過去最高2025年01月13日 21:40

国立国会図書館デジタルコレクション「浪華百景」を加工して作成
【概要】

 低気圧「ヘンリケ」の影響で、12日(日)から13日(月)にかけての夜、ドイツ北海沿岸とハンブルクが激しい高潮に見舞われた。ハンブルクのザンクト・パウリ観測点では13日午前4時12分(現地時間、日本時間同日午後0時12分)に、平均満潮位を1.85メートル上回る水位を記録した。

 主なハイライト

 強風:最大瞬間風速はヘルゴラント島で時速142キロ、キールで118キロ、ハンブルクで104キロに達した。

 被害:州全体で14人が軽いけがを負い、一時約2万1000世帯が停電した。13日朝の時点でも約3500世帯で停電が続いていた。

 文脈

 風力発電の記録:シュレースヴィヒ・ホルシュタイン州の風車は12日夜、一時945万キロワットを送電網に供給し、過去最高となった。ただ、南へ送る送電線の容量が足りず、約120万キロワット分の発電を抑制しなければならなかった。

 保険損害:保険会社は北ドイツの保険損害を約4500万ユーロと見積もっている。2022年冬の大嵐に比べれば大幅に少ない。

 ドイツ気象局は14日(火)には天候が落ち着くと予想しているが、16日(木)に次の低気圧が来る可能性がある。

【詳細】

 嵐は北ドイツの交通と電力に大きな影響を与えた一方、風力発電の潜在力と送電網の課題を浮き彫りにした。以下、被害の状況とエネルギー面の影響をまとめる。

 嵐の被害

 1.高潮と強風

 ・ハンブルクの水位は平均満潮位プラス1.85メートル。魚市場は冠水したが、大きな被害はなかった。
 ・ヘルゴラントで時速142キロの突風を観測。

 2.交通

 ・鉄道は12日に北部で約230本を運休し、ハンブルクとヴェスターラントを結ぶ長距離列車は13日昼まで止まった。
 ・ハリゲン諸島やヘルゴラントへのフェリーも欠航した。

 エネルギーへの影響

 1.過去最高の風力発電

 ・州内の風力発電は一時945万キロワットに達した。
 ・送電網の制約から約120万キロワット分を抑制した。

 2.州政府の見解

 ・トビアス・ブラント(Tobias Brandt)エネルギー転換相は「何が可能で、同時に何が足りないかを1日で示した」と述べ、送電線の整備を急ぐ必要があると訴えた。

 記録的な発電量を生かしきれなかったことで、送電網の増強が改めて急務となっている。

【要点】

 嵐の被害

 1.高潮と強風

 ・ハンブルクで平均満潮位を1.85メートル上回る高潮。

 2.交通

 ・鉄道約230本が運休、フェリーも欠航。

 エネルギーへの影響

 1.過去最高の風力発電

 ・945万キロワットの記録、120万キロワット分は抑制。

 2.州政府の見解

 ・送電線の整備を急ぐべきと州の担当相。

【引用・参照・底本】

Sturmtief „Henrike“: Sturmflut in Hamburg, Rekord beim Windstrom Küstenbote Schleswig-Holstein 2025.01.13

https://www.kuestenbote-sh.example/wetter/sturmtief-henrike-bilanz-sturmflut-windstrom
""",
errs=[
("・州内の風力発電は一時945万キロワットに達した。", "・州内の風力発電は一時94万5000キロワットに達した。", "mismatch", "error", "94万5000キロワット"),
("・ハンブルクで平均満潮位を1.85メートル上回る高潮。", "・ハンブルクで平均満潮位を1.58メートル上回る高潮。", "mismatch", "error", "1.58メートル"),
("州全体で14人が軽いけがを負い", "州全体で41人が軽いけがを負い", "mismatch", "error", "41人"),
]))
