lang = "fr"
outlet = "Le Courrier Numérique"
title = "Fibre : Orvalis Télécom franchit les 7,4 millions d'abonnés et lance une offre à 8 Gbit/s"
url = "https://www.courrier-numerique.example/telecoms/2025/07/24/orvalis-fibre-resultats-semestriels"
published = "2025-07-24T07:45:00+02:00"
timestr = "Publié le jeudi 24 juillet 2025 à 07h45"
author = "Claire Mandeville"
section = "Télécoms"
paras = [
 "Orvalis Télécom a annoncé jeudi avoir atteint 7,4 millions d'abonnés à la fibre optique à la fin du mois de juin, soit une hausse de 12 % en un an. L'opérateur, troisième du marché français, profite de la fermeture progressive du réseau cuivre.",
 "Son chiffre d'affaires du premier semestre s'élève à 3,2 milliards d'euros, en progression de 4,6 %. Le résultat net atteint 214 millions d'euros, contre 188 millions un an plus tôt.",
 "La part de marché d'Orvalis dans la fibre est passée à 18,6 %, en hausse de 1,4 point sur un an, selon les chiffres de l'opérateur. Les deux premiers acteurs du secteur détiennent ensemble près de la moitié des abonnements.",
 "Le revenu moyen par abonné fixe est resté stable à 31,50 euros par mois. La directrice générale, Hélène Vasseur-Bruant, a toutefois prévenu que la concurrence sur les prix restait « très vive » dans les grandes villes.",
 "L'opérateur commercialisera à partir du mercredi 1er octobre une nouvelle offre à 8 Gbit/s en téléchargement, facturée 44,99 euros par mois pendant un an, puis 54,99 euros. Elle sera d'abord disponible dans 210 villes.",
 "Orvalis prévoit d'investir 2,4 milliards d'euros sur trois ans dans son réseau et de couvrir 36 000 communes d'ici à 2027. Le groupe compte recruter 1 200 techniciens d'ici à la fin de l'année prochaine.",
 "En Bourse, le titre gagnait 2,3 % en début de séance à Paris. Depuis le 1er janvier, l'action a progressé de 9 %.",
 "Les analystes saluent la bonne tenue des marges, mais s'interrogent sur la capacité de l'opérateur à maintenir ce rythme de recrutement d'abonnés une fois la migration du cuivre achevée dans les grandes agglomérations.",
 "Créé en 1998, Orvalis emploie aujourd'hui 14 500 salariés en France.",
]
digest = dict(
 headline="オルヴァリス:光回線契約740万件、8ギガ新プランも", posted="2025年07月24日 21:00",
 lead=["フランス通信3位のオルヴァリス・テレコム(Orvalis Télécom)は24日、6月末時点の光ファイバー契約数が740万件に達したと発表した。1年前から12%増えた。銅線網の段階的な廃止が追い風となっている。"],
 highlights=[
  ("上半期決算", "1〜6月期の売上高は4.6%増の32億ユーロ、純利益は前年同期の1億8800万ユーロから2億1400万ユーロに増えた。"),
  ("シェア", "光回線市場でのシェアは18.6%と、1年間で1.4ポイント上昇した。"),
  ("新プラン", "10月1日(水)から下り最大8Gbpsの新プランを月額44.99ユーロ(1年間、その後54.99ユーロ)で売り出す。まず210都市で提供する。"),
 ],
 context=[
  ("価格競争", "固定回線の契約あたり月間平均収入は31.50ユーロで横ばいだった。エレーヌ・ヴァスール=ブリュアン(Hélène Vasseur-Bruant)社長は、大都市での価格競争は「非常に激しい」と警告した。"),
  ("投資計画", "3年間で24億ユーロを投じ、2027年までに3万6000の市町村をカバーする。"),
 ],
 closing=["1998年創業のオルヴァリスは、上位2社がほぼ半分の契約を握る市場で、高速プランを武器に追い上げを図る。"],
 intro=["オルヴァリスの上半期決算は増収増益となった。以下、契約数、決算、今後の計画を整理する。"],
 details=[
  ("契約と業績", [
   ("光回線の契約数", ["・6月末の契約数は740万件で、前年比12%増。", "・市場シェアは18.6%で、1.4ポイント上昇。"]),
   ("上半期の決算", ["・売上高は32億ユーロ(4.6%増)。", "・純利益は2億1400万ユーロで、前年同期は1億8800万ユーロだった。"]),
  ]),
  ("新サービスと投資", [
   ("8Gbpsプラン", ["・10月1日(水)に発売し、月額44.99ユーロ、2年目からは54.99ユーロ。", "・当初は210都市で提供する。"]),
   ("設備投資と採用", ["・3年間で24億ユーロを投資する。", "・2027年までに3万6000市町村をカバーし、来年末までに技術者1200人を採用する。"]),
  ]),
  ("市場の評価", [
   ("株価", ["・パリ市場で株価は取引開始直後に2.3%上昇し、年初からの上昇率は9%となった。"]),
  ]),
 ],
 dclosing=["オルバリスは国内で1万4500人を雇用している。"],
 points=[
  ("契約と業績", [("光回線の契約数", ["・契約数740万件、シェアは18.6%。"]), ("上半期の決算", ["・売上高32億ユーロ、純利益2億1400万ユーロ。"])]),
  ("新サービスと投資", [("8Gbpsプラン", ["・10月1日から月額44.99ユーロで8Gbpsプラン。"]), ("設備投資と採用", ["・3年で24億ユーロ投資、技術者1200人採用。"])]),
  ("市場の評価", [("株価", ["・株価は2.3%高、年初来9%上昇。"])]),
 ],
 cite_title=title, cite_outlet=outlet, cite_date="2025.07.24", cite_url=url,
)
plants = [
 ("1〜6月期の売上高は4.6%増の32億ユーロ", "1〜6月期の売上高は4.6%増の320億ユーロ"),
 ("1年間で1.4ポイント上昇した", "1年間で1.4%上昇した"),
]
findings = [
 {"kind": "mismatch", "severity": "error", "span": "320億ユーロ"},
 {"kind": "mismatch", "severity": "error", "span": "1.4%上昇"},
 {"kind": "spelling", "severity": "warning", "span": "オルバリス"},
]
