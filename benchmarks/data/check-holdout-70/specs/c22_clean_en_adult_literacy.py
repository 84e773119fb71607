SPEC = dict(
name="clean-en-adult-literacy", lang="en", outlet="Western Seaboard Journal", domain="westernseaboardjournal.example",
path="/society/2026/03/05/adult-literacy-survey-one-in-seven", published="2026-03-05T07:00:00+00:00",
title="One in seven adults struggles with everyday reading, national survey finds", section="Society", author="Siobhán Carraway",
paras=[
"About one in seven adults in Kellagh has difficulty reading a bus timetable, a medicine label or a simple form, according to the National Adult Skills Survey, which will be presented in full at 11 a.m. today at the Skills Agency in Dunmarra.",
"The survey tested 5,600 adults aged 16 to 65 between September 2024 and June 2025. It found that 14.2 per cent scored at or below the lowest of five literacy levels, slightly better than the 15.6 per cent in the previous survey in 2015. Applied to the whole population of that age, about 3.1 million people, that means roughly 440,000 adults have very low literacy.",
"Numeracy results were weaker. One in four adults, 25.3 per cent, scored at the lowest level, up from 23.9 per cent a decade ago, an increase of 1.4 percentage points.",
"Age made a large difference. Among those aged 55 to 65, 21 per cent had very low literacy, compared with 9 per cent of those aged 25 to 34. Kellagh ranked 12th of 31 countries that took part in the international version of the survey, up from 17th in 2015.",
"The agency estimates that low literacy costs the economy about €1.5 billion a year through lower earnings and higher health and welfare costs. Adults with very low literacy were twice as likely to report poor health as the population as a whole.",
"The government spends €38 million a year on adult literacy classes, reaching about 52,000 learners, or roughly €730 per learner. Education Minister Paudie Rafferty-Kwan said funding would rise by a third, to about €51 million, in the next budget, with a focus on workplace classes and online learning.",
"Aoife Delahunt, director of the charity Read Together Kellagh, welcomed the increase but said many adults never sought help. \"The hardest step is walking through the door,\" she said. The charity's free helpline is open from 9 a.m. to 8 p.m., Monday to Friday.",
],
digest="""
ケラー:成人の7人に1人が日常の読み書きに困難2026年03月05日 18:30

国立国会図書館デジタルコレクション「名所江戸百景」を加工して作成
【概要】

 ケラー(Kellagh)の成人の約7人に1人が、バスの時刻表や薬のラベル、簡単な書類を読むのに苦労していることが、全国成人スキル調査で明らかになった。調査結果は5日午前11時(日本時間同日午後8時)からダンマラの技能庁で全面的に発表される。

 主なハイライト

 読解力:2024年9月〜2025年6月に16〜65歳の成人5600人を調べ、14.2%が5段階の読解力の最低水準以下だった。2015年の前回調査の15.6%からわずかに改善した。

 推計人数:同年代の人口約310万人に当てはめると、約44万人の成人の読解力が非常に低いことになる。

 数的思考力:4人に1人、25.3%が最低水準で、10年前の23.9%から1.4ポイント悪化した。

 文脈

 年齢差:55〜65歳では21%の読解力が非常に低く、25〜34歳の9%の2倍を超えた。

 国際比較:調査の国際版に参加した31カ国のうち12位で、2015年の17位から5つ順位を上げた。

 技能庁は、読み書きの力の低さが所得の減少や医療・福祉費の増加を通じて年約15億ユーロの損失を経済にもたらしていると推計している。

【詳細】

 全国調査で、成人の読み書きの力に依然として大きな課題があることが示された。以下、調査の内容と政府の対応をまとめる。

 調査の結果

 1.読解力と数的思考力

 ・読解力が最低水準以下の成人は14.2%だった。
 ・数的思考力が最低水準の成人は25.3%に増えた。

 2.健康との関係

 ・読解力が非常に低い成人が健康状態の悪さを訴える割合は、人口全体の2倍だった。

 支援の拡充

 1.政府の予算

 ・政府は成人向けの読み書き講座に年3800万ユーロを支出し、約5万2000人が受講している。1人あたり約730ユーロとなる。
 ・パウディ・ラファティ=クワン(Paudie Rafferty-Kwan)教育相は、次の予算で3分の1増やし約5100万ユーロにすると述べた。

 2.支援団体

 ・慈善団体「リード・トゥギャザー・ケラー」のイーファ・デラハント(Aoife Delahunt)代表は「一番難しいのはドアをくぐる一歩だ」と語った。
 ・同団体の無料相談電話は月〜金曜の午前9時から午後8時まで受け付けている。

 職場での講座やオンライン学習が、支援の届かない成人にどこまで広がるかが問われる。

【要点】

 調査の結果

 1.読解力と数的思考力

 ・読解力の最低水準以下は14.2%、数的思考力は25.3%。

 2.健康との関係

 ・経済損失は年約15億ユーロ。

 支援の拡充

 1.政府の予算

 ・講座の予算を年3800万ユーロから約5100万ユーロへ。

 2.支援団体

 ・無料相談電話で支援。

【引用・参照・底本】

One in seven adults struggles with everyday reading, national survey finds Western Seaboard Journal 2026.03.05

https://westernseaboardjournal.example/society/2026/03/05/adult-literacy-survey-one-in-seven
""",
findings=[],
)
