SLUG = "university-ranking"
LANG = "en"
META = dict(
    site="Campus Global Review",
    title="Northbridge tops Atlas index for third year as Asian universities climb",
    url="https://campusglobalreview.example/rankings/atlas-index-2026-northbridge-tops-asia-rises",
    published="2025-10-08T00:01:00+01:00",
    time_display="8 October 2025, 00:01 BST",
    author="Tobias Wren",
    section="Rankings",
)
BODY = [
    "The University of Northbridge has been named the world’s best university for the third consecutive year in the Atlas Higher Education Index, published on Wednesday, as universities in Asia continued to climb the table.",
    "The 2026 edition of the index, compiled by the Atlas Education Foundation, assesses 1,650 universities in 104 countries and territories, up from 1,540 institutions last year. It is based on 18 indicators grouped into five areas: teaching (30 per cent), research (30 per cent), citations (25 per cent), international outlook (7.5 per cent) and links with industry (7.5 per cent).",
    "Northbridge scored 98.4 points out of 100, ahead of the Kestrel Institute of Technology on 97.9 and Aldermoor University on 96.2. Aldermoor climbed six places from ninth, its highest position since the index began in 2004.",
    "Asian institutions now hold 27 places in the top 200, up from 21 last year and just 12 a decade ago. Hanul National University rose eight places to 11th, the best result ever recorded by a university in the region. Tokai Metropolitan University remained the highest-ranked Japanese institution but slipped three places to 38th.",
    "“The centre of gravity of global research is shifting,” said Miriam Castellanos, the index’s editorial director. “Ten years ago Asian universities were catching up on research volume. Now they are catching up on impact.”",
    "Universities in continental Europe had mixed results. The highest-ranked German institution fell two places to 24th, while the number of French universities in the top 200 fell from nine to seven.",
    "The index’s authors warned that funding pressures were beginning to show. Among publicly funded universities in the top 200, income per student fell by 4 per cent in real terms over two years, and staff-to-student ratios worsened at three in five of them.",
    "International student numbers were also a concern. The share of international students at the top 200 universities fell to 24.8 per cent from 26.1 per cent, the first decline since 2021, which the report attributed to tighter visa rules in several English-speaking countries.",
    "The full table, including subject rankings for 11 disciplines, will be published online at 10am on Thursday.",
]
HEADLINE = "大学ランキング:ノースブリッジが3連覇、アジア勢が躍進"
POSTED = "2025年10月08日 18:00"
CREDIT = "国立国会図書館デジタルコレクション「浪華百景」を加工して作成"
DIGEST = """
【概要】

 アトラス教育財団がまとめる世界大学ランキング「アトラス高等教育指数」の2026年版が8日に発表され、ノースブリッジ大学(University of Northbridge)が3年連続で首位となった。アジアの大学の躍進も続いている。

 主なハイライト

 上位の顔ぶれ:ノースブリッジ大学は100点満点中98.4点で、2位のケストレル工科大学(97.9点)を0.5点上回った。3位のアルダームーア大学(96.2点)は前年の9位から6つ順位を上げ、2004年の指数開始以来で最高の順位となった。

 アジア勢の躍進:上位200校に入ったアジアの大学は27校で、前年の21校から6校増え、10年前の12校の2倍を超えた。ハヌル国立大学(Hanul National University)は8つ順位を上げて11位となり、アジアの大学として過去最高を記録した。

 日本の大学:日本勢の最上位は東海都市大学で、3つ順位を下げて38位だった。

 文脈

 評価の仕組み:今回は104の国・地域の1650校を評価し、前年の1540校から110校増えた。18の指標を、教育(30%)、研究(30%)、論文被引用(25%)、国際性(7.5%)、産業界との連携(7.5%)の5分野にまとめている。

 資金難と留学生の減少:公的資金で運営される上位校では、学生1人あたりの収入が2年間で実質4%減った。上位200校の留学生比率は26.1%から24.8%へ1.3ポイント低下し、2021年以来初めて減少に転じた。

 アジアの大学が研究の「量」に続き「影響力」でも追い上げていることが、今回のランキングから浮かび上がった。

【詳細】

 20年余りの歴史を持つアトラス指数で、アジアの大学の存在感が一段と高まった。以下、順位の動きと報告書が指摘した課題を整理する。

 順位の動き

 1.上位3校

 ・1位:ノースブリッジ大学(98.4点、3年連続)
 ・2位:ケストレル工科大学(97.9点)
 ・3位:アルダームーア大学(96.2点、前年9位)

 2.アジアと日本

 ・上位200校のアジア勢は27校で、10年前(12校)の2倍超となった。
 ・ハヌル国立大学は前年の19位から11位に上昇した。
 ・東海都市大学は前年の35位から38位に後退した。

 3.欧州

 ・ドイツの最上位校は2つ順位を下げて24位だった。
 ・上位200校に入ったフランスの大学は9校から7校に減った。

 報告書が指摘した課題

 1.研究の重心の移動

 ・編集責任者のミリアム・カステリャノス(Miriam Castellanos)氏は「世界の研究の重心は移りつつある。10年前、アジアの大学は研究の量で追い上げていたが、今は影響力で追い上げている」と述べた。

 2.財政の圧迫

 ・公的資金で運営される上位校では、学生1人あたりの収入が2年間で実質4%減少した。
 ・5校に3校で、教員1人あたりの学生数が悪化した。

 3.留学生の減少

 ・上位200校の留学生比率は24.8%となり、前年の26.1%から低下した。
 ・報告書は、英語圏の複数の国でビザ規制が厳しくなったことを理由に挙げた。

 11分野の分野別ランキングを含む全順位表は、9日(木)午前10時(英国夏時間)、日本時間同日午後6時に公開される。

【要点】

 順位の動き

 1.上位3校

 ・ノースブリッジ大学が3連覇、3位のアルダームーア大学は6つ上昇。

 2.アジアと日本

 ・アジア勢は上位200校中27校、ハヌル国立大学は11位に。
 ・日本勢最上位の東海都市大学は38位。

 3.欧州

 ・フランス勢は9校から7校に減少。

 報告書が指摘した課題

 1.研究の重心の移動

 ・アジアは研究の影響力でも追い上げ。

 2.財政の圧迫

 ・学生1人あたり収入が2年で実質4%減。

 3.留学生の減少

 ・留学生比率が1.3ポイント低下し24.8%に。
"""
ERRORS = [
    dict(old="前年の21校から6校増え", new="前年の21校から8校増え", kind="mismatch", severity="error", span="8校増え"),
    dict(old="ハヌル国立大学は前年の19位", new="ハンウル国立大学は前年の19位", kind="spelling", severity="warning", span="ハンウル国立大学"),
    dict(old="2025.10.08", new="2025.10.07", kind="citation", severity="warning", span="2025.10.07"),
]
