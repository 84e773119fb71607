SLUG = "heart-failure-trial"
LANG = "en"
META = dict(
    site="Meridian Health Wire",
    title="Weekly heart failure jab cuts deaths and hospital stays by 24% in large trial",
    url="https://meridianhealthwire.example/news/2025/08/30/corvalitide-horizon-hf-results",
    published="2025-08-30T13:05:00+01:00",
    time_display="30 August 2025 13:05 BST",
    author="Rosalind Achebe",
    section="Health",
)
BODY = [
    "A once-weekly injection developed by Aldgate Therapeutics reduced the risk of cardiovascular death or hospitalisation for heart failure by 24 per cent in a late-stage trial involving 4,812 patients, researchers told the European Society of Cardiology congress in Madrid on Saturday.",
    "The drug, corvalitide, is designed for patients whose heart muscle has stiffened rather than weakened, a form of the disease known as heart failure with preserved ejection fraction, for which few treatments exist.",
    "In the Phase 3 study, called HORIZON-HF, patients in 31 countries were randomly assigned to receive 2.5 milligrams of corvalitide or a placebo once a week, on top of their usual medicines. After a median follow-up of 22 months, the primary endpoint had occurred in 14.2 per cent of those on the drug and 18.9 per cent of those on placebo.",
    "“This is the first time a medicine has shown such a clear benefit in this group of patients, who make up about half of all people with heart failure,” said Dr Helena Marsh, a cardiologist at St Aldric’s Hospital in Bristol and the trial’s lead investigator, who presented the results at 9.15am local time.",
    "Deaths from cardiovascular causes alone were 6.1 per cent in the corvalitide group against 7.0 per cent in the placebo group, a difference the researchers said was not statistically significant. Patients on the drug also reported better scores on a standard quality-of-life questionnaire and walked on average 31 metres further in a six-minute walking test.",
    "Side effects were mostly mild. Nausea was reported by 12.4 per cent of patients on corvalitide compared with 4.9 per cent on placebo, and 7.3 per cent stopped taking the drug because of side effects, against 4.1 per cent in the placebo group. Cases of acute kidney injury were similar in both groups.",
    "Aldgate, which was founded in Cambridge in 2003 and employs about 9,000 people, said it would apply for approval to the US Food and Drug Administration and the European Medicines Agency in the first quarter of 2026. Analysts at Fenwick Partners estimate that the drug could reach annual sales of $4.5 billion at its peak.",
    "The company’s shares have risen by about 40 per cent since it announced in June that the trial had met its main goal, without giving figures.",
    "Independent experts welcomed the findings but cautioned that the price would determine how widely the drug is used. “A weekly injection for a chronic condition in elderly patients will have to be priced with care,” said Professor Arun Mehta of Northgate University, who was not involved in the study. The average age of participants was 72, and 54 per cent were women.",
]
HEADLINE = "心不全新薬:週1回注射で死亡・入院リスク24%低下"
POSTED = "2025年08月31日 07:45"
CREDIT = "国立国会図書館デジタルコレクション「浪華百景」を加工して作成"
DIGEST = """
【概要】

 オールドゲート・セラピューティクス(Aldgate Therapeutics)が開発した週1回投与の注射薬が、4812人が参加した後期臨床試験で、心血管死または心不全による入院のリスクを24%低下させた。結果は30日、マドリードで開かれた欧州心臓病学会(ESC)の学術集会で報告された。

 主なハイライト

 対象となる患者:新薬「コルバリチド」は、心筋が弱るのではなく硬くなるタイプの心不全(左室駆出率が保たれた心不全)の患者向けで、このタイプには有効な治療法がほとんどない。

 試験の結果:31カ国で行われた第3相試験「HORIZON-HF」では、追跡期間の中央値22カ月(約1年10カ月)で、主要評価項目の発生率が投与群14.2%、プラセボ群18.9%となり、その差は4.7ポイントだった。

 副作用:吐き気は投与群の12.4%(プラセボ群4.9%)にみられ、副作用による投与中止は投与群で7.3%、プラセボ群で4.1%だった。

 文脈

 承認申請の計画:同社は2026年1〜3月期に米食品医薬品局(FDA)と欧州医薬品庁(EMA)に承認を申請する方針で、アナリストは年間売上高がピーク時に45億ドルに達すると見込む。

 価格が焦点:外部の専門家は結果を歓迎しつつも、どこまで普及するかは価格次第だとくぎを刺した。

 心不全患者の約半数を占めるタイプで初めて明確な効果が示されたことで、治療の選択肢が大きく広がる可能性がある。

【詳細】

 週1回の注射で心不全の悪化を防ぐ新薬の大規模試験の結果が公表された。以下、試験の内容と今後の見通しを整理する。

 試験の概要と結果

 1.試験の設計

 ・31カ国の患者4812人を、通常の治療に加えてコルバリチド2.5ミリグラムを週1回投与する群と、プラセボ群に無作為に割り付けた。
 ・参加者の平均年齢は72歳で、54%が女性だった。

 2.主要評価項目

 ・心血管死または心不全による入院は、投与群14.2%、プラセボ群18.9%で、リスクは24%低下した。
 ・心血管死だけをみると投与群6.1%、プラセボ群7.0%だったが、この差は統計的に有意ではなかった。
 ・投与群では生活の質の評価も改善し、6分間歩行試験の距離が平均31メートル伸びた。

 3.安全性

 ・副作用はおおむね軽かった。
 ・吐き気は投与群12.4%、プラセボ群4.9%だった。
 ・副作用で投与を中止した患者は投与群7.3%、プラセボ群4.1%で、急性腎障害の発生は両群で同程度だった。

 研究者と企業の見方

 1.主任研究者の評価

 ・試験を率いたブリストルの聖アルドリック病院のヘレナ・マーシュ(Helena Marsh)医師は、日本時間30日午後4時15分(現地時間午前9時15分)に結果を発表し、「心不全患者の約半数を占めるこのグループで、これほど明確な効果を示した薬は初めてだ」と述べた。

 2.承認申請と市場の見通し

 ・2003年にケンブリッジで創業し、従業員約9000人を抱える同社は、2026年1〜3月期にFDAとEMAへ承認を申請する。
 ・フェンウィック・パートナーズのアナリストは、ピーク時の年間売上高を45億ドルと予想している。
 ・同社株は、6月に数値を示さずに試験の主要目標達成を発表して以来、約4割上昇している。

 3.残る課題

 ・試験に関与していないノースゲート大学のアルン・メータ(Arun Mehta)教授は「高齢患者の慢性疾患に使う週1回の注射薬は、慎重な価格設定が必要になる」と指摘した。

 有効性は明確に示されたものの、心血管死そのものの減少は確認されておらず、価格と合わせて今後の議論の焦点となりそうだ。

【要点】

 試験の概要と結果

 1.試験の設計

 ・31カ国4812人、週1回2.5ミリグラムを投与、平均年齢72歳。

 2.主要評価項目

 ・心血管死・心不全入院は14.2%対18.9%、リスク24%低下。

 3.安全性

 ・副作用による投与中止は7.3%対4.1%。

 研究者と企業の見方

 1.主任研究者の評価

 ・心不全患者の約半数を占めるグループで初めて明確な効果。

 2.承認申請と市場の見通し

 ・2026年1〜3月期にFDA・EMAへ申請、ピーク時売上高45億ドルの予想。

 3.残る課題

 ・普及の鍵は価格設定。
"""
ERRORS = [
    dict(old="45億ドル", new="450億ドル", kind="mismatch", severity="error", span="450億ドル"),
    dict(old="副作用で投与を中止した患者は投与群7.3%", new="副作用で投与を中止した患者は投与群12.4%", kind="mismatch", severity="error", span="投与群12.4%、プラセボ群4.1%"),
    dict(old="参加者の平均年齢は72歳で、54%が女性だった。", new="参加者の平均年齢は72歳で、54%が女性だった。日本からは312人が参加した。", kind="unsupported", severity="warning", span="312人"),
]
