SLUG = "fishing-quotas"
LANG = "es"
META = dict(
    site="El Heraldo del Cantábrico",
    title="Bruselas pacta las cuotas de pesca de 2026: más merluza y menos cigala para la flota española",
    url="https://www.heraldocantabrico.example/economia/pesca/cuotas-pesca-2026-acuerdo-bruselas-merluza-cigala-20251210.html",
    published="2025-12-10T14:20:00+01:00",
    time_display="10 dic 2025 - 14:20 CET",
    author="Ane Urquiola",
    section="Economía",
)
BODY = [
    "Los ministros de Pesca de la Unión Europea alcanzaron este miércoles, a las 5.40 (hora de Bruselas), un acuerdo sobre las posibilidades de pesca para 2026 tras más de 20 horas de negociación. El pacto eleva un 8 % la cuota de merluza del sur y recorta un 15 % la de cigala en aguas atlánticas.",
    "España dispondrá de 31 400 toneladas de merluza del sur, frente a las 29 070 de este año, según el Ministerio de Agricultura, Pesca y Alimentación, que calcula que el valor de las capturas autorizadas para la flota española superará los 250 millones de euros.",
    "La ministra de Pesca, Lucía Otamendi, calificó el resultado de «equilibrado» y destacó que la Comisión Europea había propuesto inicialmente un recorte del 20 % para la merluza. «Hemos pasado de un recorte del 20 % a una subida del 8 %», dijo a su llegada a la rueda de prensa, poco después de las siete de la mañana.",
    "En el Mediterráneo, los días de pesca de arrastre se reducirán un 6 % adicional, muy por debajo del 40 % que había planteado Bruselas en un primer momento. Los pescadores podrán recuperar parte de esos días si adoptan medidas de selectividad, como redes de malla más ancha o vedas temporales en zonas de cría.",
    "Las cofradías recibieron el acuerdo con alivio. «No es para tirar cohetes, pero es mejor de lo que esperábamos», dijo Iñaki Goitia, presidente de la Federación de Cofradías de la Costa Verde, que agrupa a 38 cofradías y unas 1 200 embarcaciones.",
    "La flota pesquera española cuenta con unos 8 900 buques y da empleo directo a cerca de 31 000 personas. Galicia concentra casi la mitad de los barcos.",
    "Las organizaciones ecologistas criticaron el pacto. Según la ONG Mar Vivo, siete de las doce poblaciones de peces evaluadas en el golfo de Vizcaya siguen sobreexplotadas, y el aumento de la cuota de merluza «ignora el consejo científico», que recomendaba mantenerla sin cambios.",
    "El acuerdo incluye también la cuota de anchoa, que se mantiene en 33 000 toneladas, y la de jurel, que baja un 10 %. Las cuotas de las poblaciones compartidas con el Reino Unido y Noruega se negociaron por separado la semana pasada.",
    "El texto deberá ser adoptado formalmente por el Consejo antes de final de mes para que las nuevas cuotas entren en vigor el 1 de enero.",
]
HEADLINE = "EU漁獲枠:スペインはメルルーサ増、アカザエビ減"
POSTED = "2025年12月10日 23:30"
CREDIT = "国立国会図書館デジタルコレクション「浪華百景」を加工して作成"
DIGEST = """
【概要】

 欧州連合(EU)の漁業相理事会は10日(水)午前5時40分(ブリュッセル時間、日本時間同日午後1時40分)、20時間を超える交渉の末、2026年の漁獲枠で合意した。南部系群のメルルーサの漁獲枠を8%増やす一方、大西洋のアカザエビの漁獲枠は15%削減する。

 主なハイライト

 スペインの取り分:スペインに割り当てられる南部系群メルルーサは3万1400トンで、今年の2万9070トンから2330トン増える。農業・漁業・食料省は、スペイン船団に認められた漁獲の価値が2億5000万ユーロを超えると試算している。

 欧州委の当初案から転換:欧州委員会は当初、メルルーサの20%削減を提案していた。ルシア・オタメンディ(Lucía Otamendi)漁業相は「20%削減から8%増へと変わった」と述べ、差し引き28ポイントの上積みを「均衡のとれた」結果と評価した。

 地中海の底引き網漁:操業日数はさらに6%減らされるが、欧州委が当初示した40%よりは大幅に小さい。

 文脈

 スペインの漁業:スペインの漁船は約8900隻、直接雇用は約3万1000人で、ガリシア州が漁船のほぼ半数を占める。

 環境団体の批判:NGO「マル・ビボ(Mar Vivo)」は、ビスケー湾で評価された12の魚種資源のうち7つが依然として乱獲状態にあり、メルルーサの枠拡大は据え置きを勧告した科学的助言を「無視している」と批判した。

 合意は今月中に理事会で正式に採択され、1月1日から新たな漁獲枠が適用される見通しである。

【詳細】

 夜を徹した交渉の結果、スペインの漁業界にとって欧州委の当初案より有利な内容で決着した。以下、合意の内容と各方面の反応を整理する。

 合意の内容

 1.主な魚種の漁獲枠

 ・南部系群メルルーサ:8%増。スペインの枠は3万1400トン。
 ・大西洋のアカザエビ:15%減。
 ・カタクチイワシ:3万3000トンで据え置き。
 ・マアジ:10%減。

 2.地中海の操業日数

 ・底引き網漁の操業日数を6%追加削減する。
 ・目合いの大きい網の使用や、稚魚の育つ海域での一時禁漁など、選択的な漁法を採用すれば、削減された日数の一部を取り戻せる。

 3.英国・ノルウェーとの共有資源

 ・英国およびノルウェーと共有する資源の漁獲枠は、先週、別途交渉された。

 各方面の反応

 1.政府と漁業団体

 ・オタメンディ漁業相は、午前7時過ぎに記者会見場に到着した際、結果を「均衡がとれている」と評価した。
 ・38の漁業協同組合と約1200隻が加盟するコスタ・ベルデ漁協連合会のイニャキ・ゴイティア(Iñaki Goitia)会長は「手放しで喜べるものではないが、予想よりは良い」と語った。

 2.環境団体

 ・マル・ビボは、12の資源のうち7つが乱獲状態にあるとして、合意を批判した。

 3.今後の手続き

 ・理事会が月内に正式採択し、1月1日に発効する見通し。

 漁業界は胸をなで下ろしたが、資源管理をめぐる科学者や環境団体との溝は残ったままである。

【要点】

 合意の内容

 1.主な魚種の漁獲枠

 ・メルルーサ8%増(スペイン3万1400トン)、アカザエビ15%減。

 2.地中海の操業日数

 ・底引き網漁の日数を6%追加削減。

 3.英国・ノルウェーとの共有資源

 ・先週、別途交渉済み。

 各方面の反応

 1.政府と漁業団体

 ・漁獲の価値は2億5000万ユーロ超、漁業団体は「予想より良い」。

 2.環境団体

 ・12資源中7つが乱獲状態と批判。

 3.今後の手続き

 ・1月1日に発効の見通し。
"""
ERRORS = [
    dict(old="2億5000万ユーロ", new="25億ユーロ", kind="mismatch", severity="error", span="25億ユーロ"),
    dict(old="・底引き網漁の操業日数を6%追加削減する。", new="・底引き網漁の操業日数を15%追加削減する。", kind="mismatch", severity="error", span="操業日数を15%"),
    dict(old="  El Heraldo del Cantábrico  2025.12.10", new="  Heraldo de Cantabria  2025.12.10", kind="citation", severity="warning", span="Heraldo de Cantabria"),
]
