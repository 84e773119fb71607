CASE = dict(
    lang="en", outlet="Great Lakes Rink Report", author="Kevin Marchand", section="Hockey",
    title="Lindqvist's late goal lifts Port Huron Pike past Erie Shore 4-3",
    url="https://www.greatlakesrink.example/hockey/2026/12/02/pike-erie-shore-lindqvist-winner",
    published="2026-12-02T22:55:00-05:00", shown_time="Dec. 2, 2026 10:55 p.m. ET",
    body=[
        "Oskar Lindqvist scored with 1:52 remaining in the third period and the Port Huron Pike beat the Erie Shore Mariners 4-3 on Wednesday night, their fifth straight win.",
        "The game started at 7 p.m. Eastern in front of 17,562 fans at Harbor Point Arena, the Pike's 12th consecutive sellout. Erie Shore led 2-0 after the first period on goals from Tyler Beaudoin and Marco Ferri, before the Pike scored three times in the second.",
        "Goaltender Anders Holm made 38 saves on 41 shots for the Pike, including a sprawling stop on Beaudoin with 40 seconds left. Holm, 35, has won 11 of his 15 starts this season.",
        "Lindqvist's winner, a one-timer from the left circle, was his 13th goal of the season, tying him for the league lead. The 24-year-old Swede signed a seven-year, $61.25 million contract in July.",
        "Erie Shore had tied the game at 3-3 at 8:14 of the third period on a power-play goal by defenceman Jaroslav Hudak. The Mariners went 1 for 4 on the power play; the Pike went 0 for 3.",
        "\"We didn't deserve to be down two after one,\" Pike coach Diane Lefebvre said. \"But this group doesn't quit. Oskar has been doing that all year.\"",
        "The Pike (17-6-2) moved into first place in the Central Division, one point ahead of the Mariners (16-7-3). The teams have now met twice this season, each winning once.",
        "Port Huron plays at Milwaukee on Friday, while Erie Shore hosts Cleveland on Saturday afternoon. The Pike's home arena, built in 1987, will host the league's all-star game in late January.",
        "Holm was named the game's first star. He had been beaten twice in the first period, once on a deflection, but stopped all 14 shots he faced in the second as the Pike turned the game around.",
    ],
    findings=[("mismatch", "error", "1万7265人"), ("mismatch", "error", "約8割"), ("name", "warning", "NHL")],
    digest="""
ポートヒューロン・パイク:終盤の決勝点で5連勝2026年12月03日 15:00

国立国会図書館デジタルコレクション「名所江戸百景」を加工して作成
【概要】

 北米アイスホッケーNHLで、ポートヒューロン・パイク(Port Huron Pike)が2日(水)、エリーショア・マリナーズ(Erie Shore Mariners)を4対3で破り、5連勝を飾った。第3ピリオド残り1分52秒に、オスカル・リンドクビスト(Oskar Lindqvist)が決勝点を挙げた。

 主なハイライト

 逆転劇:パイクは第1ピリオドを0対2で終えたが、第2ピリオドに3得点して逆転した。マリナーズは第3ピリオド8分14秒にパワープレーで3対3に追いついた。

 守護神の活躍:35歳のGKアンデルス・ホルム(Anders Holm)はシュート41本のうち38本、約8割を止め、今季の先発15試合で11勝目を挙げた。

 文脈

 満員の観客:試合は東部時間午後7時(日本時間3日(木)午前9時)に始まり、ハーバー・ポイント・アリーナには1万7265人が詰めかけ、12試合連続の満員となった。

 首位浮上:パイクは中地区首位に立ち、マリナーズに勝ち点1差をつけた。

【詳細】

 2点差をはね返したパイクが、首位攻防戦を制した。以下、試合の流れと主な選手の活躍をまとめる。

 試合の流れ

 1.序盤の劣勢

 ・マリナーズはタイラー・ボードワン(Tyler Beaudoin)とマルコ・フェッリ(Marco Ferri)の得点で、第1ピリオドに2点を先行した。

 2.決勝点

 ・リンドクビストは左サークルからのワンタイマーで決め、今季13得点でリーグ最多に並んだ。
 ・パワープレーはマリナーズが4回中1回成功、パイクは3回とも得点できなかった。

 選手と監督

 1.リンドクビスト

 ・24歳のスウェーデン人で、7月に7年総額6125万ドル(年平均875万ドル)の契約を結んだ。

 2.ルフェーブル監督

 ・ダイアン・ルフェーブル(Diane Lefebvre)監督は「第1ピリオド後に2点差をつけられるような試合ではなかった。だがこのチームは諦めない」と語った。

 パイクのホームアリーナは1987年の建設で、1月下旬にオールスターゲームを開催する。

【要点】

 試合の流れ

 1.序盤の劣勢

 ・第1ピリオドに0対2とリードされる。

 2.決勝点

 ・残り1分52秒にリンドクビストが決勝点。

 選手と監督

 1.リンドクビスト

 ・今季13得点でリーグ最多タイ。

 2.ルフェーブル監督

 ・「このチームは諦めない」。

【引用・参照・底本】

Lindqvist's late goal lifts Port Huron Pike past Erie Shore 4-3 Great Lakes Rink Report 2026.12.02

https://www.greatlakesrink.example/hockey/2026/12/02/pike-erie-shore-lindqvist-winner
""")
