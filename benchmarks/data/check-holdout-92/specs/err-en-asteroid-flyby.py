SPEC = dict(
    lang="en", outlet="Great Plains Star Journal", section="Space", author="Eli Vandersloot",
    title="Asteroid Velmora to pass inside the Moon's orbit next week",
    url="https://www.greatplainsstarjournal.example/space/asteroid-velmora-close-pass-january-28",
    published="2026-01-21T16:40:00-06:00", shown="Jan. 21, 2026, 4:40 p.m. CST",
    body=[
        "An asteroid about 340 meters (1,115 feet) wide will pass inside the orbit of the Moon next Wednesday, coming within roughly 270,000 km (168,000 miles) of Earth at 3:12 p.m. CST on January 28, astronomers at the Prairie Ridge Observatory said on Tuesday.",
        "The asteroid, named Velmora, was discovered by the observatory in 2004. For a few months after its discovery, calculations suggested a small chance that it could hit Earth in 2068. Later observations ruled that out, and there is no risk of an impact during next week's pass or for at least the next century.",
        "\"This is the closest approach of an object this size that we know about in advance for decades,\" said Dr. Renata Kowalczyk, who leads the observatory's near-Earth object program. \"It is a gift for science.\"",
        "More than 120 telescopes around the world have signed up to observe the flyby. A radar campaign lasting nine days will bounce signals off the asteroid to map its shape and measure its spin to within a fraction of a second.",
        "At its brightest, Velmora will be visible in small backyard telescopes from the Americas, but not to the naked eye. It will move quickly across the sky, covering about the width of the full Moon every two minutes.",
        "Kowalczyk said the observations would help the observatory test a $31 million tracking system that is due to enter full service in the third quarter of this year. The system is designed to find 90% of asteroids larger than 140 meters within ten years.",
        "Asteroids of Velmora's size pass this close to Earth about once every 1,000 years on average, according to the observatory's estimates. The next known close approach of a similar object is not expected until 2029.",
    ],
)

DIGEST = """
小惑星ベルモラ:来週、月の軌道の内側を通過2026年01月22日 11:00

国立国会図書館デジタルコレクション「名所江戸百景」を加工して作成
【概要】

 直径約340メートル(1115フィート)の小惑星「ベルモラ」が、米中部標準時1月28日(水)午後3時12分、日本時間29日(木)午前6時12分に、地球から約27万キロ(16万8000マイル)まで接近し、月の軌道の内側を通過する。プレーリー・リッジ天文台が20日(火)に発表した。

 主なハイライト

 衝突の心配なし:ベルモラは2005年に同天文台が発見した。発見直後の数カ月は2068年に衝突するわずかな可能性が計算されたが、その後の観測で否定された。今回の接近でも、少なくとも今後100年間も衝突の恐れはない。

 世界で観測:世界の120を超える望遠鏡が観測に参加する。6日間のレーダー観測で形状を描き、自転を1秒未満の精度で測る。

 文脈

 まれな機会:天文台の地球近傍天体計画を率いるレナータ・コヴァルチク(Renata Kowalczyk)博士は「この大きさの天体が事前にわかってこれほど近づくのは数十年ぶりだ」と語った。

 新システムの試験:観測は、今年7〜9月期に本格運用を始める3100万ドルの追跡システムの試験にも使われる。

 この大きさの小惑星がこれほど近くを通るのは平均で約1000年に1度である。

【詳細】

 ベルモラの接近は科学にとって貴重な観測機会となる。以下、接近の詳細と観測計画をまとめる。

 接近の概要

 1.距離と時刻

 ・28日午後3時12分(米中部標準時)に約27万キロまで近づく。
 ・最も明るいときには南北アメリカから小型望遠鏡で見えるが、肉眼では見えない。

 2.空での動き

 ・2分ごとに満月の幅ほど空を移動する。

 観測計画

 1.レーダー観測

 ・コワルチク博士は「科学への贈り物だ」と述べた。

 2.追跡システム

 ・新システムは10年以内に140メートルを超える小惑星の9割を見つけることを目指す。

 同じ規模の天体の次の接近は2029年まで予定されていない。

【要点】

 接近の概要

 1.距離と時刻

 ・日本時間29日午前6時12分に約27万キロまで接近。

 2.空での動き

 ・肉眼では見えず、小型望遠鏡で観測可能。

 観測計画

 1.レーダー観測

 ・120超の望遠鏡が参加。

 2.追跡システム

 ・3100万ドルの追跡システムを試験、7〜9月期に本格運用。

【引用・参照・底本】

Asteroid Velmora to pass inside the Moon's orbit next week Great Plains Star Journal 2026.01.21

https://www.greatplainsstarjournal.example/space/asteroid-velmora-close-pass-january-28
"""

FINDINGS = [
    ("mismatch", "error", "2005年"),
    ("mismatch", "error", "6日間"),
    ("spelling", "warning", "コワルチク"),
]
