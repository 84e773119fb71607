SPEC = dict(
name="clean-en-first-year-dropout", lang="en", outlet="Tasman Isles Post", domain="tasmanislespost.example",
path="/education/university-first-year-dropout-rate-report-2026", published="2026-12-01T08:00:00+13:00",
title="One in six first-year university students quits before second year", section="Education", author="Aroha Whitfield-Tane",
paras=[
"Nearly one in six students who began a bachelor's degree at one of the country's six universities in 2024 did not return for a second year, according to a report released on Tuesday by the Tertiary Education Review Board.",
"Of the 31,200 domestic students who enrolled in 2024, 5,050 had left university by March 2025, a rate of 16.2 per cent. That is up from 13.9 per cent for students who started in 2019, the last year before the pandemic disrupted teaching.",
"Students who were the first in their family to go to university were much more likely to leave: 21.5 per cent did not return, compared with 12.8 per cent of those whose parents had a degree. Students aged 25 and over had a dropout rate of 24 per cent.",
"The most common reason given in exit interviews was money. Almost half of those who left, 48 per cent, said they could not afford to keep studying while paying rent. The average student now works 14 hours a week in paid employment during term, up from 9 hours in 2019.",
"The board estimates that each student who drops out in the first year costs the public purse about $19,000 in tuition subsidies and student loans that are unlikely to be repaid, or roughly $96 million for the 2024 intake as a whole.",
"Hemi Castellano, chair of the board, said universities should do more in the first six weeks of the year, when most students decide whether to stay. Southgate University, which assigns every first-year student a mentor, had the lowest dropout rate of the six, at 11.4 per cent, and ranked first for the second year in a row.",
"Education Minister Ruth Kealoha-Barnes will present a response to the report at 2 p.m. on Thursday. The board has recommended a hardship fund of $40 million a year and a cap on first-year class sizes of 250 students.",
],
digest="""
大学1年生:6人に1人が2年目に進まず2026年12月01日 12:00

国立国会図書館デジタルコレクション「名所江戸百景」を加工して作成
【概要】

 国内6大学で2024年に学士課程に入学した学生のほぼ6人に1人が、2年目に戻らなかったことが、高等教育審査委員会が1日(火)に公表した報告書でわかった。

 主なハイライト

 中退率の上昇:2024年に入学した国内学生3万1200人のうち5050人が2025年3月までに大学を離れ、中退率は16.2%となった。コロナ禍前の最後の年である2019年入学者の13.9%から2.3ポイント上昇した。

 家庭環境による差:家族で初めて大学に進んだ学生の21.5%が戻らず、親が学位を持つ学生の12.8%を8.7ポイント上回った。25歳以上の学生の中退率は24%だった。

 経済的理由:中退者の48%、ほぼ半数が、家賃を払いながら学び続ける余裕がないと答えた。学期中のアルバイトは週平均14時間で、2019年の9時間から5時間増えた。

 文脈

 公的な損失:中退者1人あたり約1万9000ドルの公費が失われ、2024年の入学者全体で約9600万ドルに上ると委員会は推計している。

 成功例:全員に指導役をつけるサウスゲート大学は中退率が11.4%と6大学で最も低く、2年連続で首位だった。

 ルース・ケアロハ=バーンズ(Ruth Kealoha-Barnes)教育相が3日(木)午後2時(日本時間同日午前10時)に報告書への対応を示す。

【詳細】

 大学1年目での中退が増えていることが報告書で明らかになった。以下、報告書の内容と提言をまとめる。

 報告書の内容

 1.中退の規模

 ・2024年入学の国内学生3万1200人のうち5050人が中退した。
 ・中退率16.2%は、2019年入学者の13.9%を上回る。

 2.中退の理由

 ・最も多い理由は経済的な事情だった。
 ・学期中の週当たりの労働時間は14時間に増えた。

 委員会の提言

 1.最初の6週間

 ・ヘミ・カステラーノ(Hemi Castellano)委員長は、多くの学生が残るかどうかを決める年初の6週間に大学がもっと力を入れるべきだと述べた。

 2.支援策

 ・年4000万ドルの困窮学生向け基金の創設と、1年生の授業の受講者数を250人までに抑えることを提言した。

 教育相の対応は、3日の発表で明らかになる。

【要点】

 報告書の内容

 1.中退の規模

 ・2024年入学者の中退率は16.2%、2019年入学者から2.3ポイント上昇。

 2.中退の理由

 ・中退者の48%が経済的理由。

 委員会の提言

 1.最初の6週間

 ・入学後6週間の支援を重視。

 2.支援策

 ・年4000万ドルの基金と受講者数の上限250人を提言。

【引用・参照・底本】

One in six first-year university students quits before second year Tasman Isles Post 2026.12.01

https://tasmanislespost.example/education/university-first-year-dropout-rate-report-2026
""",
findings=[],
)
