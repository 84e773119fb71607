SPEC = dict(
name="clean-en-walking-study", lang="en", outlet="Cascade Valley Monitor", domain="cascadevalleymonitor.example",
path="/health/2026/09/29/walking-study-older-adults-falls", published="2026-09-29T22:45:00-07:00",
title="Walking 6,000 steps a day cut falls among older adults by a third, study finds", section="Health", author="Gabriel Ostrowski-Lee",
paras=[
"Older adults who walked at least 6,000 steps a day were about a third less likely to suffer a serious fall over four years than those who walked fewer than 3,000, according to a study published on Tuesday by researchers at Cascade Valley University.",
"The study followed 3,840 people aged 70 to 89 in the Ridgemont area from 2021 to 2025. Participants wore step counters for a week at the start of the study and again each year. Over the four years, 612 of them had a fall that required hospital treatment.",
"Among the 1,150 people who walked at least 6,000 steps a day, 126 had a serious fall, or 11 percent. Among the 1,020 who walked fewer than 3,000 steps, the figure was 17 percent, or 173 people. After adjusting for age, weight and existing illnesses, the researchers estimated that the most active group had a 34 percent lower risk.",
"The benefits appeared to level off above about 8,000 steps, said the study's lead author, Dr. Miriam Achterberg-Sole, a geriatrician. \"You do not need to run a marathon. A 45-minute walk most days is enough,\" she said. At an average pace, 6,000 steps is roughly 2.8 miles.",
"Falls are the leading cause of injury-related hospital admissions among people over 65 in the region. The county health department estimates that each fall requiring a hospital stay costs about $31,000 in medical and rehabilitation care, and that falls cost the county's health system about $210 million a year.",
"The county plans to start a free walking programme for residents over 65 at 40 community centres in January. Groups will meet three times a week at 9:30 a.m. for an hour. The programme will cost $1.1 million in its first year.",
"The researchers cautioned that the study was observational and could not prove that walking itself prevented falls. A randomised trial involving 1,200 participants is due to begin in the second quarter of 2027.",
],
digest="""
カスケード・バレー大学:1日6000歩で高齢者の転倒が3分の1減少2026年09月30日 18:00

国立国会図書館デジタルコレクション「名所江戸百景」を加工して作成
【概要】

 1日に6000歩以上歩く高齢者は、3000歩未満の人に比べて4年間で重い転倒を起こす可能性が約3分の1低いとする研究結果を、カスケード・バレー大学(Cascade Valley University)の研究者が29日(火)に発表した。

 主なハイライト

 調査の規模:リッジモント地域の70〜89歳の3840人を2021年から2025年まで追跡した。4年間で612人、約6人に1人が病院での治療が必要な転倒を起こした。

 歩数による差:6000歩以上の1150人のうち126人、11%が重い転倒を起こしたのに対し、3000歩未満の1020人では173人、17%だった。年齢や体重、持病を調整すると、最も活発な群のリスクは34%低かった。

 歩数の上限:効果は8000歩前後で頭打ちになるとみられる。

 文脈

 転倒の費用:郡保健局の推計では、入院が必要な転倒1件あたり医療とリハビリに約3万1000ドルかかり、郡の医療全体で年約2億1000万ドルの負担になっている。

 郡の取り組み:郡は1月から、65歳以上の住民向けの無料のウオーキング教室を40の地域センターで始める。初年度の費用は110万ドル。

 研究者は、観察研究のため歩くこと自体が転倒を防ぐとは証明できないとしている。

【詳細】

 高齢者の歩数と転倒の関係を調べた研究の結果が公表された。以下、研究の内容と地域の取り組みをまとめる。

 研究の内容

 1.調査の方法

 ・参加者は研究の開始時と毎年、1週間ずつ歩数計を身に着けた。
 ・4年間の追跡で612人が治療の必要な転倒を起こした。

 2.主執筆者の見方

 ・老年科医のミリアム・アハターベルク=ソール(Miriam Achterberg-Sole)博士は「マラソンを走る必要はない。ほとんどの日に45分歩けば十分だ」と述べた。
 ・平均的な速さで6000歩は約2.8マイル(約4.5キロ)にあたる。

 地域の対応

 1.ウオーキング教室

 ・週3回、午前9時30分から1時間、地域センターに集まって歩く。

 2.今後の研究

 ・参加者1200人の無作為化試験が2027年4〜6月期に始まる予定である。

 転倒は、この地域の65歳以上の人がけがで入院する最大の原因となっている。

【要点】

 研究の内容

 1.調査の方法

 ・70〜89歳の3840人を4年間追跡。

 2.主執筆者の見方

 ・6000歩以上でリスクが34%低下、効果は約8000歩で頭打ち。

 地域の対応

 1.ウオーキング教室

 ・1月から40カ所で無料教室、初年度110万ドル。

 2.今後の研究

 ・2027年4〜6月期に無作為化試験。

【引用・参照・底本】

Walking 6,000 steps a day cut falls among older adults by a third, study finds Cascade Valley Monitor 2026.09.29

https://cascadevalleymonitor.example/health/2026/09/29/walking-study-older-adults-falls
""",
findings=[],
)
