CASE = dict(
    lang="de", outlet="Mainufer Allgemeine Sport", author="Tobias Wendland", section="Fußball",
    title="Kronau gewinnt das Derby gegen Waldstetten – Vereinsrekord bei den Mitgliedern",
    url="https://www.mainufer-allgemeine.example/sport/fussball/sv-kronau-fc-waldstetten-2-1-derby",
    published="2026-11-29T20:05:00+01:00", shown_time="29.11.2026 | 20:05 Uhr",
    body=[
        "Der SV Kronau hat das Derby gegen den FC Waldstetten am Sonntag mit 2:1 gewonnen und ist damit auf Platz drei der 2. Liga geklettert. Vor 27.950 Zuschauern im ausverkauften Mainstadion erzielte der eingewechselte Stürmer Niklas Brehme in der 73. Minute den Siegtreffer.",
        "Waldstetten war in der 19. Minute durch einen Kopfball von Dario Stankovic in Führung gegangen. Kronaus Kapitän Felix Auerbach glich kurz vor der Pause per Foulelfmeter aus. In der 68. Minute sah Waldstettens Verteidiger Jan Roloff die Gelb-Rote Karte, danach drängte Kronau auf den Sieg.",
        "Brehme, 20, war erst in der 61. Minute ins Spiel gekommen. Für den Nachwuchsspieler, der seit seinem zwölften Lebensjahr im Verein ist, war es das zweite Profitor. „Ich habe den Ball einfach nur getroffen, den Rest habe ich nicht mehr mitbekommen\", sagte er.",
        "Kronau hat nach 14 Spieltagen 27 Punkte, einen weniger als der Tabellenzweite Eintracht Hallberg. Waldstetten bleibt mit 19 Punkten Elfter. Trainerin Miriam Kessler, die seit Juli 2025 im Amt ist, hat in dieser Saison erst zwei Spiele verloren.",
        "Auf der Mitgliederversammlung am Freitag hatte der Verein einen Rekord vermeldet: Die Zahl der Mitglieder stieg binnen eines Jahres um 18 Prozent auf 41.300. Der Anteil der Frauen unter den Mitgliedern wuchs um vier Prozentpunkte auf 27 Prozent.",
        "Der Umsatz des Vereins lag im Geschäftsjahr 2025/26 bei 48,6 Millionen Euro, ein Plus von 6,1 Millionen Euro. Präsident Hartmut Gellner kündigte an, die Zahl der Stehplätze im Mainstadion bis 2028 um 3.500 zu erhöhen.",
        "Das nächste Spiel bestreitet Kronau am Samstag, 5. Dezember, um 13 Uhr beim Tabellenletzten TuS Brückfeld. Waldstetten empfängt am selben Tag den Tabellenführer aus Osterwald.",
        "Das Derby war das 88. Pflichtspiel zwischen beiden Klubs. Kronau hat nun 37 davon gewonnen, Waldstetten 29; 22 Partien endeten unentschieden.",
    ],
    findings=[("mismatch", "error", "68分に決勝点"), ("mismatch", "error", "4%上昇"), ("unsupported", "warning", "1970年代")],
    digest="""
SVクローナウ:ダービー制して3位浮上2026年11月30日 09:00

国立国会図書館デジタルコレクション「名所江戸百景」を加工して作成
【概要】

 サッカー2部リーグで、SVクローナウ(SV Kronau)が29日(日)、FCヴァルトシュテッテン(FC Waldstetten)とのダービーに2対1で勝ち、3位に浮上した。途中出場の20歳、ニクラス・ブレーメ(Niklas Brehme)が68分に決勝点を挙げた。

 主なハイライト

 試合の流れ:19分にダリオ・スタンコビッチ(Dario Stankovic)のヘディングで先制されたが、前半終了間際に主将フェリックス・アウアーバッハ(Felix Auerbach)がPKで追いついた。

 数的優位:ヴァルトシュテッテンのDFヤン・ロロフ(Jan Roloff)が2枚目の警告で退場となり、クローナウが攻勢を強めた。

 文脈

 満員の観客:マイン・シュタディオンは2万7950人の観客で満員となった。

 会員数が過去最多:会員数は1年で18%増えて4万1300人となり、女性会員の比率は4%上昇して27%になった。

 ダービーは公式戦88試合目で、クローナウが37勝、ヴァルトシュテッテンが29勝、引き分けが22試合。1970年代以来の通算成績でクローナウがリードを広げた。

【詳細】

 若手の一撃でダービーを制したクローナウは、昇格圏をうかがう位置につけた。以下、試合の内容とクラブの現状をまとめる。

 試合の内容

 1.決勝点

 ・61分に投入されたブレーメは、12歳からクラブに所属する生え抜きで、プロ2点目となった。
 ・「ボールをただ蹴っただけで、その後のことは覚えていない」と話した。

 2.順位

 ・クローナウは14節を終えて勝ち点27で、2位アイントラハト・ハルベルクとは1差。
 ・ヴァルトシュテッテンは勝ち点19で11位にとどまった。
 ・2025年7月に就任したミリアム・ケスラー(Miriam Kessler)監督のもと、今季の敗戦はまだ2試合だけだ。

 クラブの現状

 1.財務

 ・2025/26年度の売上高は4860万ユーロで、610万ユーロ増えた。

 2.スタジアム

 ・ゲルナー会長は、2028年までに立ち見席を3500席増やすと表明した。

 クローナウは12月5日(土)午後1時(日本時間午後9時)に最下位TuSブリュックフェルトと敵地で対戦する。

【要点】

 試合の内容

 1.決勝点

 ・20歳のブレーメが途中出場で決勝点。

 2.順位

 ・勝ち点27で3位、2位と1差。

 クラブの現状

 1.財務

 ・会員は4万1300人で過去最多、売上高は4860万ユーロ。

 2.スタジアム

 ・2028年までに立ち見席を3500席増設。

【引用・参照・底本】

Kronau gewinnt das Derby gegen Waldstetten – Vereinsrekord bei den Mitgliedern Mainufer Allgemeine Sport 2026.11.29

https://www.mainufer-allgemeine.example/sport/fussball/sv-kronau-fc-waldstetten-2-1-derby
""")
