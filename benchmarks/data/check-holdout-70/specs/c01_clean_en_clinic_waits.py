SPEC = dict(
name="clean-en-clinic-waits", lang="en", outlet="Northfield Evening Courier", domain="northfieldcourier.example",
path="/health/2026/03/10/clinic-waiting-times-survey", published="2026-03-10T18:30:00-05:00",
title="Two in three patients wait over a week for a clinic appointment, survey finds", section="Health", author="Dana Whitcombe",
paras=[
"Nearly two thirds of adults in the Carrow Valley region waited more than a week for a routine clinic appointment last year, according to a survey published on Tuesday by the Carrow Valley Patients' Forum.",
"The forum questioned 2,400 adults between October and December. Of those who had tried to book a routine appointment, 1,536 said they had waited longer than seven days, or 64 percent. In the forum's previous survey, conducted in 2023, the share was 51 percent, meaning the figure has risen by 13 percentage points in two years.",
"The average wait reported by respondents was 11 days, up from eight days in 2023. One in five respondents, or 480 people, said they had given up trying to book and had gone to a hospital emergency department instead.",
"Older patients fared worst. Among respondents aged 65 to 79, the share waiting more than a week was 71 percent, compared with 58 percent among those aged 18 to 34.",
"The region's 46 clinics employ 212 family doctors, according to the regional health board, which serves a population of about 530,000. The board said it would spend $18 million over the next three years to hire 30 additional doctors and extend evening opening hours at 12 clinics.",
"\"These numbers are not a surprise to anyone who has tried to see a doctor here,\" said Marion Delacroix-Hale, the forum's chair. \"Spending $18 million is a start, but the gap has been growing for years.\"",
"Oren Basquill, the board's chief executive, said the extra evening hours would start on April 6 and that the first new doctors would begin work in the second quarter of the year. He said the board expected average waits to fall to seven days by 2028.",
"The forum said it would repeat the survey in the autumn and publish the results in January.",
],
digest="""
キャロウ渓谷:クリニック予約、3人に2人が1週間以上待ち2026年03月11日 09:15

国立国会図書館デジタルコレクション「名所江戸百景」を加工して作成
【概要】

 キャロウ渓谷(Carrow Valley)地域の患者団体「キャロウ渓谷患者フォーラム」が10日(火)に公表した調査で、昨年、通常のクリニック予約で1週間を超えて待たされた成人が約3分の2に達したことがわかった。

 主なハイライト

 待ち時間の悪化:予約を試みた回答者のうち1536人、64%が7日を超えて待った。2023年の前回調査の51%から13ポイント上昇した。

 平均待機日数:回答者の平均待ち日数は11日で、2023年の8日から3日延びた。

 救急外来へ:回答者の5人に1人にあたる480人が予約を諦め、病院の救急部門を受診したと答えた。

 文脈

 高齢者ほど深刻:65〜79歳では1週間超の待ちが71%に上り、18〜34歳の58%を13ポイント上回った。

 地域保健委員会の対策:委員会は今後3年間で1800万ドルを投じ、医師30人を新たに雇い、12のクリニックで夜間の診療時間を延長する。

 委員会は2028年までに平均待ち日数を7日に短縮できるとみているが、フォーラムは対策はまだ始まりにすぎないとしている。

【詳細】

 地域の患者団体による調査で、クリニックの予約待ちが2年前より大きく悪化していることが示された。以下、調査結果と行政の対応をまとめる。

 調査の結果

 1.調査の概要

 ・フォーラムは10〜12月に成人2400人を対象に調査した。
 ・1週間を超えて待った人の割合は64%で、2023年の51%から13ポイント上昇した。

 2.年齢による差

 ・65〜79歳では71%、18〜34歳では58%が1週間を超えて待った。
 ・平均待ち日数は11日で、2023年の8日から延びた。

 行政の対応

 1.医師の増員

 ・地域には46のクリニックがあり、家庭医212人が勤務している。保健委員会の管轄人口は約53万人である。
 ・委員会は3年間で1800万ドルを投じ、医師を30人増やす。

 2.夜間診療の拡大

 ・オーレン・バスキル(Oren Basquill)最高経営責任者によると、夜間の延長診療は4月6日に始まり、新たな医師の第1陣は4〜6月期に着任する。
 ・フォーラムのマリオン・ドラクロワ=ヘイル(Marion Delacroix-Hale)代表は「1800万ドルは出発点だが、格差は何年も広がり続けてきた」と述べた。

 フォーラムは秋に同じ調査を行い、1月に結果を公表する予定である。

【要点】

 調査の結果

 1.調査の概要

 ・成人2400人を調査、64%が1週間超の予約待ち(2023年比13ポイント上昇)。

 2.年齢による差

 ・65〜79歳は71%、18〜34歳は58%。平均待ちは11日。

 行政の対応

 1.医師の増員

 ・3年間で1800万ドル、医師30人を増員。

 2.夜間診療の拡大

 ・4月6日から12クリニックで夜間診療を延長。

【引用・参照・底本】

Two in three patients wait over a week for a clinic appointment, survey finds Northfield Evening Courier 2026.03.10

https://northfieldcourier.example/health/2026/03/10/clinic-waiting-times-survey
""",
findings=[],
)
