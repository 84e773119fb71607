META = dict(lang="fr", outlet="Le Courrier des Ports", author="Claire Vautrin", section="Transport maritime",
    title="Le port de Saint-Aubrac dépasse 1,28 million d'EVP au troisième trimestre",
    url="https://www.courrier-des-ports.example/maritime/2025/10/21/saint-aubrac-trafic-conteneurs-t3",
    pub="2025-10-21T08:15:00+02:00", pub_h="21 octobre 2025 à 08h15", topic="port container volumes (TEU)")
BODY = [
 "Le port de Saint-Aubrac a traité 1,28 million d'EVP (équivalents vingt pieds) au troisième trimestre, soit une hausse de 6,4 % sur un an, a annoncé lundi son directoire. C'est le meilleur trimestre depuis la création du port autonome en 1884.",
 "La part de marché du port sur la façade atlantique atteint désormais 14,5 %, contre 13,3 % un an plus tôt, un gain de 1,2 point. Onze compagnies maritimes y font escale chaque semaine, contre neuf l'an dernier.",
 "Les céréales restent le premier poste du vrac : 2,7 millions de tonnes de blé et d'orge ont été chargées entre juillet et septembre, dont 1,9 million de tonnes à destination de l'Afrique du Nord.",
 "La baisse des taux de fret a aidé les chargeurs. Le prix d'un conteneur de quarante pieds entre l'Asie et l'Europe du Nord est tombé à 2 350 dollars, contre 3 800 dollars en début d'année, selon l'indice de l'armateur Navalis.",
 "« Nous avons gagné des clients qui évitaient la mer Rouge et qui cherchaient une escale fiable », explique Hélène Marchadier, 52 ans, présidente du directoire depuis 2021. Elle reconnaît toutefois que la grève des dockers de trois jours, du 9 au 11 septembre, a coûté « environ 40 000 EVP » au port.",
 "Le port engage un programme d'investissement de 420 millions d'euros pour prolonger le quai de Kervella de 1,6 kilomètre et installer six nouveaux portiques. Le nouveau terminal doit ouvrir au second semestre 2027.",
 "Sur les neuf premiers mois de l'année, le trafic cumulé s'élève à 3,61 millions d'EVP. Le directoire vise 4,9 millions d'EVP sur l'ensemble de l'exercice.",
]
DIGEST = """サントーブラック港:7〜9月期のコンテナ取扱量が128万TEUに2025年10月21日 18:00

国立国会図書館デジタルコレクション「名所江戸百景」を加工して作成
【概要】

 サントーブラック港は、第3四半期(7〜9月期)のコンテナ取扱量が前年同期比6.4%増の128万TEU(20フィートコンテナ換算)となったと発表した。1884年の港湾公社設立から140年あまりで最高の四半期となった。

 主なハイライト

 シェアの拡大:大西洋岸での同港の市場シェアは14.5%と、1年前の13.3%から1.2ポイント上昇した。寄港する海運会社は毎週11社と、昨年の9社から2社増えた。

 運賃の低下:アジア-北欧州間の40フィートコンテナの運賃は2350ドルと、年初の3800ドルから約4割下がった。

 文脈

 紅海の迂回:理事会議長のエレーヌ・マルシャディエ(Hélène Marchadier)氏(52)は、紅海を避けて信頼できる寄港地を探す顧客を獲得したと説明した。

 港は4億2000万ユーロを投じて岸壁を延長し、2027年後半の新ターミナル開業を目指す。

【詳細】

 サントーブラック港の7〜9月期の実績は、コンテナ・穀物の両面で好調だった。以下、主な数字を整理する。

 取扱量と市場シェア

 1.コンテナ

 ・取扱量は128万TEUで、前年同期比6.4%増。
 ・1〜9月の累計は361万TEUで、通年目標の490万TEUに対し、10〜12月期に残り129万TEUが必要となる。

 2.穀物

 ・7〜9月に小麦と大麦270万トンが積み出され、うち190万トン(約7割)が北アフリカ向けだった。

 課題と投資

 1.ストライキ

 ・9月9日から11日までの3日間の港湾労働者のストライキで、約4万TEUが失われた。

 2.投資計画

 ・ケルヴェラ岸壁を1.6キロ延長し、ガントリークレーン6基を新設する。
 ・マルシャディエ氏は2021年から理事会議長を務めている。

 海運運賃の低下が続くなか、港は取扱量の拡大を追い風に投資を急ぐ構えである。

【要点】

 取扱量と市場シェア

 1.コンテナ

 ・7〜9月期は128万TEUで6.4%増、シェアは14.5%に。

 2.穀物

 ・穀物270万トンを積み出し、190万トンが北アフリカ向け。

 課題と投資

 1.ストライキ

 ・3日間のストで約4万TEUを失う。

 2.投資計画

 ・4億2000万ユーロで岸壁を1.6キロ延長、新ターミナルは2027年後半。

{CITATION}"""
TRAPS = ["7〜9月期 = troisième trimestre", "140年あまり = since 1884", "1.2ポイント", "2社増 = 11-9", "約4割 = 3800→2350 (-38%)",
         "129万TEU = 4.9-3.61", "約7割 = 1.9/2.7", "4億2000万ユーロ", "氏(52)"]
ERRS = [
 ("1年前の13.3%から1.2ポイント上昇", "1年前の13.3%から1.2%上昇", "1.2%", "mismatch", "error", "percentage points written as percent"),
 ("・取扱量は128万TEUで、前年同期比6.4%増。", "・取扱量は128万TEUで、前年同期比4.6%増。", "4.6%", "mismatch", "error", "digits swapped (6.4 → 4.6)"),
 ("9月9日から11日までの3日間", "9月9日から11日までの5日間", "5日間", "mismatch", "error", "duration changed"),
]
