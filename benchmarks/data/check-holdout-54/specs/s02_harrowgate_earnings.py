SPEC = {
 "clean_name": "clean-harrowgate-earnings", "err_name": "err-harrowgate-earnings",
 "lang": "en", "outlet": "Ledgerline Business News", "section": "Earnings",
 "author": "Marcus Velloso",
 "title": "Harrowgate Systems profit jumps on cloud demand, 1,200 jobs to go",
 "url": "https://ledgerline.example/earnings/harrowgate-systems-fiscal-q2-2025",
 "published": "2025-01-28T17:20:00-05:00", "dateline": "Jan. 28, 2025, 5:20 p.m. ET",
 "body": [
  "Harrowgate Systems, the business-software maker based in Millbrook, reported a sharp rise in quarterly profit on Tuesday as demand for its cloud products held up, but said it would cut 1,200 jobs over the next six months to fund investment in artificial intelligence.",
  "Revenue in the second quarter of its 2025 fiscal year, the three months to December 31, rose 12% to $4.62 billion from $4.12 billion a year earlier. Net income climbed to $710 million from $540 million. The company's fiscal year begins on July 1.",
  "The results were released at 4:05 p.m. Eastern time, after the close of regular trading. Harrowgate shares rose 6.5% in after-hours trading to $148.20, having closed the regular session at $139.15.",
  "Cloud subscriptions, now the company's largest business, brought in $2.9 billion, up 19%, and accounted for 63% of total revenue. Sales of licences for software installed on customers' own servers fell 4% to $880 million.",
  "The operating margin widened to 18.4% from 16.3% a year earlier, an improvement of 2.1 percentage points, as the company shifted customers to higher-margin subscription plans.",
  "Chief executive Priya Dunmore, 54, said the job cuts, which affect about 5% of Harrowgate's 23,400 employees, would mainly fall on sales and administrative staff. \"We are reallocating resources to where our customers are going,\" she said on a call with analysts.",
  "For the third fiscal quarter, Harrowgate forecast revenue of between $4.7 billion and $4.9 billion, the midpoint of which is slightly above the $4.75 billion analysts had expected, according to Ledgerline's survey.",
  "The company, founded in 1987 by two university engineers, also said its board had approved a $3 billion share buyback programme and raised the quarterly dividend by 2 cents to 41 cents a share.",
 ],
 "digest": """
ハロウゲート・システムズ:クラウド好調で大幅増益、1200人を削減へ2025年01月29日 09:40

国立国会図書館デジタルコレクション「名所江戸百景」を加工して作成
【概要】

 業務用ソフトウエア大手ハロウゲート・システムズ(Harrowgate Systems)は1月28日(火)、2025年度第2四半期(2024年10〜12月期)決算を発表した。売上高は前年同期比12%増の46億2000万ドル、純利益は7億1000万ドルと前年同期の5億4000万ドルから約3割増えた。一方で、AIへの投資資金を確保するため、今後6カ月で1200人を削減する。

 主なハイライト

 クラウドが牽引:クラウド契約の売上高は19%増の29億ドルで、全体の63%を占めた。自社サーバー向けライセンスの販売は4%減の8億8000万ドルだった。

 利益率の改善:営業利益率は前年同期の16.3%から2.1ポイント上昇して18.4%となった。

 株価の反応:決算は東部時間午後4時5分(日本時間29日午前6時5分)、通常取引の終了後に発表され、株価は時間外取引で6.5%上昇して148.20ドルとなった。

 文脈

 人員削減:プリヤ・ダンモア(Priya Dunmore)最高経営責任者(CEO)(54)によると、削減は従業員2万3400人の約5%にあたり、主に営業・管理部門が対象となる。

 株主還元:取締役会は30億ドルの自社株買いを承認し、四半期配当を2セント増の41セントに引き上げた。

 1987年創業で、40年近い歴史を持つ同社は、サブスクリプション型への移行を加速させている。

【詳細】

 ハロウゲートはクラウド事業の伸びで増益を確保する一方、人員削減に踏み切る。以下、決算の内容と今後の見通しを整理する。

 決算の内容

 1.売上高と利益

 ・10〜12月期の売上高は46億2000万ドルで、前年同期の41億2000万ドルから12%増えた。
 ・純利益は7億1000万ドルで、前年同期比で約1億7000万ドル増加した。
 ・同社の会計年度は7月1日に始まる。

 2.事業別の動向

 ・クラウド契約は29億ドル(19%増)で、売上高の63%を占める最大の事業となった。
 ・ライセンス販売は8億8000万ドルに減少した。

 3.株価

 ・通常取引の終値は139.15ドルで、時間外取引では148.20ドルまで上昇した。

 今後の計画

 1.人員削減

 ・2万3400人の従業員のうち1200人を今後6カ月で削減する。
 ・ダンモアCEOは「顧客が向かう分野に資源を振り向ける」と説明した。

 2.業績見通し

 ・2025年度第3四半期(2025年1〜3月期)の売上高を47億〜49億ドルと予想した。
 ・アナリスト予想は47億5000万ドルだった。

【要点】

 決算の内容

 1.売上高と利益

 ・売上高12%増の46億2000万ドル、純利益7億1000万ドル。

 2.事業別の動向

 ・クラウドが売上高の63%に。

 3.株価

 ・時間外で6.5%上昇。

 今後の計画

 1.人員削減

 ・従業員の約5%、1200人を削減。

 2.業績見通し

 ・1〜3月期の売上高は47億〜49億ドルを予想。

【引用・参照・底本】

Harrowgate Systems profit jumps on cloud demand, 1,200 jobs to go  Ledgerline Business News  2025.01.28

https://ledgerline.example/earnings/harrowgate-systems-fiscal-q2-2025
""",
 "edits": [
  ("第2四半期(2024年10〜12月期)", "第2四半期(2024年7〜9月期)", "mismatch", "error", "2024年7〜9月期"),
  ("時間外取引で6.5%上昇して148.20ドル", "時間外取引で12%上昇して148.20ドル", "mismatch", "error", "12%上昇"),
  ("・ダンモアCEOは", "・ダンムーアCEOは", "spelling", "warning", "ダンムーア"),
 ],
}
