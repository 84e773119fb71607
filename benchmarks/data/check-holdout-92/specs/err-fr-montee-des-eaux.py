SPEC = dict(
    lang="fr", outlet="La Gazette du Littoral", section="Planète", author="Yannick Le Goff",
    title="Montée des eaux : 5 800 logements menacés sur la côte de Brévannes d'ici 2050",
    url="https://www.gazettedulittoral.example/planete/montee-des-eaux-brevannes-5800-logements",
    published="2025-02-11T09:00:00+01:00", shown="Publié le 11/02/2025 à 09h00",
    body=[
        "Quelque 5 800 logements de la côte de Brévannes pourraient être rendus inhabitables d'ici 2050 par la montée de la mer et l'érosion, selon un rapport de l'Institut national du littoral rendu public lundi.",
        "Le niveau de la mer mesuré au marégraphe de Port-Aubel monte désormais de 4,2 millimètres par an, contre 1,8 millimètre par an en moyenne entre 1950 et 2000. Depuis le début des relevés en 1889, il a gagné 24 centimètres.",
        "Sur certaines portions de la côte sableuse, le trait de côte recule de 2,5 mètres par an. Le rapport identifie 17 communes où des habitations se trouvent à moins de 100 mètres d'une falaise ou d'une dune en recul.",
        "Pour faire face, l'État et la région ont annoncé un plan de 1,2 milliard d'euros sur quinze ans. Il prévoit le renforcement de 62 kilomètres de digues et une enveloppe de 340 millions d'euros pour racheter les maisons les plus exposées et reloger leurs occupants.",
        "« Nous ne pourrons pas tout protéger, et il faut le dire clairement aux habitants », a déclaré la préfète Hélène Marchadier lors de la présentation du plan. Les maires des communes concernées réclament davantage de moyens pour les relogements.",
        "Les tempêtes accentuent le phénomène. Lors de l'hiver 2023-2024, une série de cinq tempêtes en six semaines avait fait reculer la dune de la Pointe-aux-Pies de 18 mètres. Les vagues avaient alors atteint 9 mètres au large.",
        "Les auteurs du rapport recommandent d'interdire toute nouvelle construction dans une bande de 200 mètres à partir du trait de côte actuel et de réviser les plans d'urbanisme d'ici la fin de 2026.",
    ],
)

DIGEST = """
ブレヴァンヌ海岸:2050年までに5800戸が危機に2025年02月11日 20:45

国立国会図書館デジタルコレクション「名所江戸百景」を加工して作成
【概要】

 国立沿岸研究所(INL)が10日(月)に公表した報告書によると、ブレヴァンヌ海岸の住宅約5800戸が、海面上昇と浸食により2060年までに住めなくなる恐れがある。

 主なハイライト

 加速する海面上昇:ポール・トーベルの検潮所で測った海面は現在年4.2ミリのペースで上昇しており、1950〜2000年の平均年1.8ミリの2倍以上となっている。

 海岸の後退:砂浜の海岸線は場所によって年2.5メートル後退しており、17の自治体で住宅が後退する崖や砂丘から100メートル以内にある。

 文脈

 対策費:国と地域圏は15年間で120億ユーロの計画を発表した。堤防62キロの強化と、危険性の高い住宅の買い取りと住民の移転に充てる3億4000万ユーロが含まれる。

 嵐の影響:2023〜24年の冬には6週間に5回の嵐が襲い、ポワント・オ・ピの砂丘が18メートル後退した。

 報告書は、現在の海岸線から200メートルの帯状地域での新築禁止と、2026年末までの都市計画の見直しを勧告している。

【詳細】

 海面上昇と浸食が重なり、沿岸の住宅が危機にさらされている。以下、報告書の内容と対策をまとめる。

 報告書の指摘

 1.海面上昇

 ・1889年の観測開始以来、海面は24センチ上昇した。
 ・上昇ペースは年4.2ミリに加速している。

 2.浸食

 ・年2.5メートル後退する区間がある。
 ・嵐の際には沖合で波の高さが9メートルに達した。

 国の対策

 1.15年計画

 ・堤防62キロを強化し、住宅の買い取りに3億4000万ユーロを充てる。

 2.知事の発言

 ・エレーヌ・マルシャディエ(Hélène Marchadier)知事は「すべてを守ることはできないと、住民にはっきり伝える必要がある」と述べた。
 ・関係自治体の首長は移転のための資金の上積みを求めている。

 報告書は新たな建築の制限と都市計画の見直しを急ぐよう求めている。

【要点】

 報告書の指摘

 1.海面上昇

 ・海面上昇は年4.2ミリ、1889年から24センチ上昇。

 2.浸食

 ・海岸線は年2.5メートル後退、17自治体に影響。

 国の対策

 1.15年計画

 ・堤防62キロ強化、買い取りに3億4000万ユーロ。

 2.知事の発言

 ・「すべてを守ることはできない」と知事。

【引用・参照・底本】

Montée des eaux : 5 800 logements menacés sur la côte de Brévannes d'ici 2050 La Gazette du Littoral 2025.02.11

https://www.gazettedulittoral.example/planete/montee-des-eaux-brevannes-5800-logements
"""

FINDINGS = [
    ("name", "warning", "INL"),
    ("mismatch", "error", "2060年"),
    ("mismatch", "error", "120億ユーロ"),
]
