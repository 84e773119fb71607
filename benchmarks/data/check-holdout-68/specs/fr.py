CASES = [
dict(name="clean-orsane-wine-exports", lang="fr", outlet="Le Courrier Économique", domain="www.courrier-eco.example",
 path="/entreprises/2025/02/11/vins-val-d-orsane-exportations-record", pub="2025-02-11T07:45:00+01:00",
 display="Mardi 11 février 2025 à 07h45", author="Mathilde Garnier-Roux", section="Entreprises",
 title="Les vins du Val-d'Orsane battent leur record à l'export malgré des volumes en baisse",
 paras=[
  "Les exportations de vins du Val-d'Orsane ont atteint 2,84 milliards d'euros en 2024, un record, en hausse de 4,6 % sur un an, a annoncé mardi l'interprofession régionale. Les volumes, en revanche, ont reculé de 3 %, à 1,12 million d'hectolitres.",
  "Cette évolution s'explique par la montée en gamme des ventes : le prix moyen d'une bouteille exportée est passé de 8,90 euros à 9,40 euros. Les cuvées haut de gamme représentent désormais 35 % de la valeur exportée.",
  "Les États-Unis restent le premier marché, avec 610 millions d'euros d'achats, devant le Royaume-Uni. L'Asie pèse 22 % des exportations en valeur, contre 19 % il y a un an.",
  "« Nous vendons moins de bouteilles, mais nous les vendons mieux », résume Claire Dumoutier, 47 ans, présidente de l'interprofession. Elle s'inquiète toutefois des droits de douane envisagés outre-Atlantique, qui pourraient atteindre 25 %.",
  "Le vignoble couvre 38 500 hectares et fait vivre environ 4 300 exploitations. La récolte 2024, touchée par le mildiou et par des pluies abondantes au printemps, a été inférieure de 18 % à la moyenne des cinq dernières années.",
  "Pour compenser, l'interprofession prévoit un plan d'arrachage aidé de 2 000 hectares, financé à hauteur de 4 000 euros par hectare, et la création de 1 200 emplois dans l'œnotourisme d'ici à 2028.",
  "Les professionnels présenteront leur stratégie lors du salon Orsane Vinexpo, qui ouvrira ses portes jeudi 13 février à Saint-Aubert.",
  "En 2024, les ventes sur le marché intérieur ont pour leur part reculé de 5 %, à 1,9 milliard d'euros.",
 ],
 dtitle="ヴァル・ドルサーヌのワイン:輸出額が過去最高", stamp="2025年02月11日 19:30",
 digest="""
【概要】
ワイン産地ヴァル・ドルサーヌ(Val-d'Orsane)の生産者団体は11日(火曜日)、2024年のワイン輸出額が前年比4.6%増の28億4000万ユーロと過去最高になったと発表した。一方、輸出量は3%減の112万ヘクトリットルにとどまった。
主なハイライト
高価格化:輸出ボトル1本あたりの平均価格は8.90ユーロから9.40ユーロへ50セント上がった。高級キュヴェが輸出額の35%を占める。
市場別:最大の市場は米国で6億1000万ユーロ、英国が続く。アジアの比率は19%から22%へ3ポイント上がった。
不作:2024年の収穫はべと病と春の大雨で、過去5年の平均を18%下回った。
文脈
団体の見方:クレール・デュムティエ(Claire Dumoutier)会長(47)は「本数は減ったが、より良い値で売れている」と語る一方、米国で検討されている最大25%の関税を懸念した。
産地の規模:ブドウ畑は3万8500ヘクタールに広がり、約4300の経営体を支えている。
団体は13日(木曜日)にサントーベールで開幕する見本市「オルサーヌ・ヴィネクスポ」で戦略を示す。
【詳細】
ヴァル・ドルサーヌのワインは、量より単価で稼ぐ構造に移りつつある。以下、輸出の内訳と今後の計画を整理する。
輸出の動向
1.金額と数量
・輸出額は28億4000万ユーロで4.6%増。
・輸出量は112万ヘクトリットルで3%減。
2.国内市場
・国内販売は5%減の19億ユーロだった。
・輸出と国内を合わせた売上高は47億4000万ユーロとなる。
産地の対策
1.減反
・補助付きで2000ヘクタールのブドウの木を抜く計画で、1ヘクタールあたり4000ユーロを支給する。補助の総額は800万ユーロとなる。
2.ワインツーリズム
・2028年までにワインツーリズムで1200人の雇用を生み出す。
・関税の引き上げに備え、米国以外の市場の開拓も急ぐ。
一方、収穫の落ち込みが続けば、単価の上昇だけで輸出額を伸ばし続けるのは難しくなる。
【要点】
輸出の動向
1.金額と数量
・輸出額は過去最高の28億4000万ユーロ、数量は3%減。
2.国内市場
・国内販売は19億ユーロに減少。
産地の対策
1.減反
・2000ヘクタールを補助付きで抜根。
2.ワインツーリズム
・2028年までに1200人の雇用を創出。
"""),

dict(name="clean-ferrand-lacoste-q3", lang="fr", outlet="Les Échos du Commerce", domain="www.echos-commerce.example",
 path="/luxe/2025/10/23/ferrand-lacoste-chiffre-affaires-troisieme-trimestre", pub="2025-10-23T18:05:00+02:00",
 display="Publié le 23 oct. 2025 à 18h05", author="Julien Besnard", section="Luxe & cosmétiques",
 title="Ferrand-Lacoste accélère au troisième trimestre grâce à l'Asie",
 paras=[
  "Le groupe de cosmétiques Ferrand-Lacoste a publié jeudi un chiffre d'affaires de 1,87 milliard d'euros pour le troisième trimestre, en hausse de 5,2 % en données comparables. En données publiées, la progression n'est que de 2,9 %, en raison de la faiblesse du dollar et du yuan face à l'euro.",
  "Sur les neuf premiers mois de l'année, les ventes atteignent 5,64 milliards d'euros. L'Asie, portée par la Chine et la Corée du Sud, représente désormais 31 % du total, contre 27 % un an plus tôt.",
  "La division parfums, la plus importante du groupe, a progressé de 7,8 %, tandis que le maquillage a reculé de 1,4 %. Les ventes en ligne comptent pour 29 % du chiffre d'affaires.",
  "Le groupe confirme viser une marge opérationnelle de 17,5 % sur l'ensemble de l'année, contre 17,1 % en 2024. Il prévoit d'ouvrir 45 boutiques d'ici à la fin de l'année et de créer 620 emplois, dont la moitié en Asie.",
  "« L'environnement reste volatil, mais nos marques n'ont jamais été aussi désirables », a déclaré la PDG, Hélène Marchetti-Vial, 55 ans, qui dirige le groupe depuis 2019.",
  "Le taux de change a pesé : l'euro s'échangeait en moyenne à 1,17 dollar au troisième trimestre, contre 1,10 dollar un an plus tôt.",
  "Les dirigeants commenteront les résultats lors d'une conférence téléphonique à 18h30, heure de Paris. L'action a terminé la séance en hausse de 3,4 %, à 126,80 euros, avant la publication.",
  "Fondé en 1932 à Grasse-sur-Loue, le groupe emploie 21 000 personnes dans 68 pays.",
 ],
 dtitle="フェラン・ラコスト:7〜9月期はアジアがけん引", stamp="2025年10月24日 08:00",
 digest="""
【概要】
化粧品グループのフェラン・ラコスト(Ferrand-Lacoste)は23日(木曜日)、7〜9月期の売上高が18億7000万ユーロになったと発表した。既存事業ベースでは前年同期比5.2%増だったが、ドルと人民元の下落により、公表ベースの伸びは2.9%にとどまった。
主なハイライト
アジアの伸び:1〜9月の売上高は56億4000万ユーロ。中国と韓国がけん引したアジアの比率は27%から31%に上がった。
部門別:最大の香水部門は7.8%伸びた一方、メイク部門は1.4%減った。ネット販売が売上高の29%を占める。
為替:7〜9月期の平均為替レートは1ユーロ=1.17ドルで、1年前の1.10ドルからユーロ高が進んだ。
文脈
通期目標:営業利益率の目標は17.5%で、2024年の17.1%から0.4ポイントの改善を見込む。年内に45店を開き、620人を雇用する。うち半分、約310人はアジアでの雇用となる。
経営陣:2019年から率いるエレーヌ・マルケッティ=ヴィアル(Hélène Marchetti-Vial)社長(55)は「ブランドがこれほど求められたことはない」と述べた。
発表前の株価は3.4%高の126.80ユーロで取引を終えた。
【詳細】
フェラン・ラコストはアジアでの販売を伸ばしたが、為替が公表ベースの伸びを削った。以下、業績の内訳と見通しを整理する。
7〜9月期の業績
1.売上高
・売上高は18億7000万ユーロ、既存事業ベースで5.2%増。
・ユーロ高が公表ベースの伸び率を2.3ポイント押し下げた計算になる。
2.部門と地域
・香水は7.8%増、メイクは1.4%減。
・アジアが売上高の31%を占めた。
見通しと会社の概要
1.説明会
・経営陣はパリ時間23日午後6時30分(日本時間24日午前1時30分)からの電話会議で決算を説明する。
2.会社の規模
・1932年にグラース・シュル・ルーで創業し、90年余りの歴史を持つ。
・68カ国で2万1000人を雇用している。
一方、為替の逆風が続けば、通期の公表ベースの売上高の伸びは既存事業ベースを下回り続ける。
【要点】
7〜9月期の業績
1.売上高
・売上高は18億7000万ユーロ、既存事業ベースで5.2%増。
2.部門と地域
・アジアの比率は31%に上昇。
見通しと会社の概要
1.説明会
・電話会議は日本時間24日午前1時30分から。
2.会社の規模
・68カ国で2万1000人を雇用。
"""),

dict(name="err-gazette-housing-prices", lang="fr", outlet="La Gazette des Marchés", domain="www.gazette-marches.example",
 path="/immobilier/2025/12/08/prix-logements-anciens-recul-notaires", pub="2025-12-08T06:30:00+01:00",
 display="Lundi 8 décembre 2025, 06:30", author="Sébastien Lhermitte", section="Immobilier",
 title="Immobilier : les prix de l'ancien reculent encore, les taux se détendent",
 paras=[
  "Les prix des logements anciens ont reculé de 3,8 % sur un an au troisième trimestre dans la région de Valmonde, selon l'indice publié par la chambre régionale des notaires. Le prix moyen s'établit à 4 210 euros le mètre carré pour un appartement, et à 2 980 euros pour une maison.",
  "Le nombre de ventes a lui aussi diminué : 812 000 transactions ont été enregistrées sur douze mois à la fin septembre, contre 875 000 un an plus tôt.",
  "Les conditions de crédit s'améliorent toutefois. Le taux moyen des prêts immobiliers est tombé à 3,35 % en novembre, en baisse de 0,9 point sur un an, selon le courtier Finaxia. La durée moyenne des emprunts atteint 21 ans et 4 mois.",
  "« Le marché touche un point bas, mais la reprise sera lente », estime Gaëlle Rouvière, présidente de la chambre des notaires. Selon elle, les acheteurs attendent encore une baisse supplémentaire des taux avant de se décider.",
  "Dans la capitale régionale, Port-Valmonde, les prix ont reculé de 5,1 %, à 6 450 euros le mètre carré. Il faut désormais en moyenne 94 jours pour vendre un appartement, contre 71 jours il y a un an.",
  "Les primo-accédants représentent 36 % des acheteurs, une part stable. Le montant moyen emprunté s'élève à 214 000 euros.",
  "La chambre des notaires présentera ses prévisions pour 2026 lors d'une conférence de presse initialement prévue jeudi 4 décembre et reportée au jeudi 11 décembre en raison d'une grève des transports.",
  "Les loyers, eux, ont continué de progresser, de 2,7 % sur un an en moyenne.",
 ],
 dtitle="ヴァルモンド地方:中古住宅価格が下落続く", stamp="2025年12月08日 19:00",
 digest="""
【概要】
ヴァルモンド地方の公証人会議所が公表した指数によると、7〜9月期の中古住宅価格は前年同期比3.8%下落した。マンションの平均価格は1平方メートルあたり4210ユーロ、一戸建ては2980ユーロだった。
主なハイライト
取引の減少:9月末までの12カ月間の取引件数は8万1200件で、1年前の87万5000件から減った。
金利の低下:仲介会社フィナクシアによると、11月の住宅ローンの平均金利は3.35%で、1年前より0.9ポイント下がった。平均借入期間は21年4カ月に延びた。
地方の中心都市:ポール・ヴァルモンドでは価格が5.1%下がり、1平方メートルあたり6450ユーロとなった。マンションの売却にかかる期間は71日から94日へ23日延びた。
文脈
底入れの兆し:公証人会議所のガエル・ルヴィエール(Gaëlle Rouvière)会頭は「市場は底に達しつつあるが、回復はゆっくりだ」とみる。
買い手の構成:初めて住宅を買う層が買い手の36%を占め、平均借入額は21万4000ユーロだった。
一方、家賃は平均2.7%上昇を続けている。
【詳細】
ヴァルモンド地方の住宅市場は価格と取引の両面で縮小が続くが、金利の低下が下支えになりつつある。以下、指標を整理する。
価格と取引
1.価格
・中古住宅の価格は3.8%下落した。
・中心都市では5.1%の下落だった。
2.取引件数
・12カ月間の取引は1年前より減少した。
・売却までの日数は94日に延びた。
金利と見通し
1.住宅ローン
・平均金利は3.35%に低下した。
・ルビエール会頭は、買い手はさらなる金利低下を待っていると指摘した。
2.今後の予定
・2026年の予測は、4日(水)に予定していた記者会見が交通ストで延期され、11日に発表される。
一方、家賃の上昇が続けば、賃貸から購入へ移る動きが出る可能性もある。
【要点】
価格と取引
1.価格
・中古住宅価格は3.8%下落、1平方メートル4210ユーロ。
2.取引件数
・取引件数は減少、売却期間は94日に。
金利と見通し
1.住宅ローン
・平均金利は0.9ポイント低下の3.35%。
2.今後の予定
・2026年の予測は11日に発表。
""",
 findings=[("mismatch", "error", "8万1200件", "wrong scale: 812,000 transactions"),
           ("spelling", "warning", "ルビエール", "second katakana spelling of Rouvière (first ルヴィエール)"),
           ("mismatch", "error", "4日(水)", "weekday moved: jeudi 4 décembre is a Thursday")]),
]
