SPEC = dict(
    lang="en", outlet="Southern Alps Courier", section="Space", author="Hemi Walker",
    title="Kestrel rocket to carry seven climate satellites from Te Rau peninsula",
    url="https://www.southernalpscourier.example/news/space/kestrel-rocket-seven-climate-satellites",
    published="2025-11-28T08:30:00+13:00", shown="Friday 28 November 2025, 8:30am NZDT",
    body=[
        "A Kestrel rocket is scheduled to lift off from the Te Rau peninsula launch site at 2:15am NZDT on Saturday, carrying seven small satellites that will measure methane and carbon dioxide over farmland and wetlands, operator Longwhite Launch said.",
        "The satellites, which together weigh 290kg, will be placed in an orbit about 550km (340 miles) above the Earth. Each is about the size of a microwave oven and carries a spectrometer that can detect methane plumes from individual farms and landfill sites.",
        "It will be the company's 12th launch this year and its 61st since its first flight in 2017. Of those 60 previous launches, 57 reached orbit successfully. The company's chief executive, Sophie Tane, said the firm was aiming for 16 launches next year.",
        "The satellites belong to Clearsky Analytics, a start-up that has signed a $48 million contract with the government's environment ministry to supply monthly greenhouse gas maps for five years. The first maps are expected in the second quarter of 2026.",
        "Agriculture accounts for almost half of the country's greenhouse gas emissions, mostly methane from cattle and sheep. Clearsky's founder, Dr Aroha Benton, 39, said better data would help farmers and regulators see where cuts were working. \"You can't manage what you can't measure,\" she said.",
        "Launch windows at the site are often affected by wind. The company said the launch could slip by up to 48 hours if gusts at altitude exceeded safe limits, and that the window on Saturday would stay open for 90 minutes.",
        "Te Rau's residents have mixed feelings about the launches. Some welcome the jobs, which now number about 210 locally, while others complain of road closures on launch days. The company has agreed to pay NZ$1.2 million into a community fund over the next three years.",
    ],
)

DIGEST = """
ケストレル・ロケット:温室効果ガス観測衛星7基を打ち上げへ2025年11月28日 12:00

国立国会図書館デジタルコレクション「名所江戸百景」を加工して作成
【概要】

 ロングホワイト・ローンチ社のケストレル・ロケットが、現地時間29日(土)午前2時15分(日本時間28日(金)午後10時15分)、テラウ半島の発射場から打ち上げられる予定である。農地や湿地の上空でメタンと二酸化炭素を測る小型衛星7基を搭載する。

 主なハイライト

 衛星:7基の総重量は290キロで、高度約550キロ(約340マイル)の軌道に投入される。1基あたり約41キロで、電子レンジほどの大きさである。

 打ち上げ実績:同社にとって今年12回目、2017年の初飛行から通算61回目の打ち上げとなる。これまでの60回のうち57回が軌道に到達しており、成功率は95%である。

 政府との契約:衛星を運用する新興企業クリアスカイ・アナリティクスは、環境省と4800万ドルの5年契約を結び、毎月の温室効果ガス地図を提供する。最初の地図は2026年4〜6月期に届く見込み。

 文脈

 農業の排出:同国の温室効果ガス排出のほぼ半分は農業によるもので、主に牛や羊のメタンである。

 地元の受け止め:発射場の雇用は地元で約210人に上るが、打ち上げ日の道路閉鎖に不満の声もある。同社は今後3年間で120万NZドルを地域基金に拠出する。

 上空の風が強ければ、打ち上げは最大48時間延期される可能性がある。

【詳細】

 小型衛星による温室効果ガスの監視が本格的に始まる。以下、打ち上げ計画と衛星の役割をまとめる。

 打ち上げ計画

 1.日時と条件

 ・打ち上げは29日(土)午前2時15分(ニュージーランド夏時間)で、打ち上げ可能な時間帯は90分間。
 ・突風が安全基準を超えれば最大48時間延びる。

 2.会社の実績と目標

 ・ソフィー・ターネ(Sophie Tane)最高経営責任者は、来年は16回の打ち上げを目指すと述べた。

 衛星の役割

 1.観測の内容

 ・各衛星の分光計で、個々の農場やごみ処分場からのメタンの放出を捉える。

 2.データの活用

 ・クリアスカイの創業者アロハ・ベントン(Aroha Benton)博士(39)は「測れないものは管理できない」と語った。

 打ち上げは同社の今年12回目となる。

【要点】

 打ち上げ計画

 1.日時と条件

 ・日本時間28日午後10時15分に打ち上げ予定、時間帯は90分。

 2.会社の実績と目標

 ・通算61回目、来年は16回を目指す。

 衛星の役割

 1.観測の内容

 ・7基計290キロ、高度約550キロでメタンを観測。

 2.データの活用

 ・環境省と4800万ドルの5年契約。

【引用・参照・底本】

Kestrel rocket to carry seven climate satellites from Te Rau peninsula Southern Alps Courier 2025.11.28

https://www.southernalpscourier.example/news/space/kestrel-rocket-seven-climate-satellites
"""

FINDINGS = []
