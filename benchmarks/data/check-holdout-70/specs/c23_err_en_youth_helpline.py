SPEC = dict(
name="err-en-youth-helpline", lang="en", outlet="Straits Harbour Daily", domain="straitsharbourdaily.example",
path="/news/health/youth-mental-health-helpline-calls-record", published="2026-05-13T13:25:00+08:00",
title="Calls to youth mental health helpline hit record as exam season nears", section="Health", author="Jasmine Teo-Hartley",
paras=[
"A youth mental health helpline in the city of Port Meridian received a record 62,400 calls and messages last year, up 27 per cent from 49,100 in 2024, the charity that runs it said on Wednesday.",
"The HelpNow Youth Line, run by the Meridian Youth Trust, serves people aged 12 to 25. About 58 per cent of contacts last year came through its text and chat service, which was launched in 2021, rather than by telephone. The busiest hours were between 10 p.m. and 2 a.m.",
"Stress about school and examinations was the most common reason for contacting the line, cited in 34 per cent of cases, followed by family conflict at 21 per cent and loneliness at 17 per cent. The trust said calls typically rise by about 40 per cent in the six weeks before the national secondary examinations, which begin on Monday, June 1.",
"The line has 145 trained volunteers and 18 paid counsellors. Its director, Dr. Vivian Lau-Mendoza, said about one in 10 contacts went unanswered at peak times because there were not enough staff. The trust wants to recruit 60 more volunteers by the end of the year.",
"The line's annual budget is $2.3 million, of which 45 per cent comes from the city government and the rest from donations. The city's social services department said on Wednesday it would provide an extra $600,000 this year to extend the line's staffed hours.",
"From next Monday, May 18, counsellors will be available around the clock instead of from 8 a.m. to 2 a.m. The trust will also hold an online information session for parents at 8 p.m. on Thursday, May 14.",
"\"Young people often reach out late at night, when everyone else is asleep,\" Dr. Lau-Mendoza said. \"We need to be there at 3 a.m. as much as at 3 p.m.\"",
],
digest="""
ポート・メリディアン:若者向け相談電話、昨年は過去最多の6万2400件2026年05月13日 16:00

国立国会図書館デジタルコレクション「浪華百景」を加工して作成
【概要】

 ポート・メリディアン(Port Meridian)市の若者向けメンタルヘルス相談窓口が昨年受けた電話とメッセージは過去最多の6万2400件となり、2024年の4万9100件から27%増えた。運営する慈善団体が13日(水)に明らかにした。

 主なハイライト

 利用の形:12〜25歳を対象とする「ヘルプナウ・ユース・ライン」への相談の約58%は、2021年に始まった文字チャットを通じたものだった。最も多いのは午後10時から午前2時の時間帯。

 相談の理由:最も多いのは学校や試験のストレスで34%、家族の対立が21%、孤独が17%と続いた。

 試験前の増加:6月1日(月)に始まる全国の中等教育試験の前の6週間は、相談が約40%増えるのが通例だという。

 文脈

 人手不足:相談員は訓練を受けたボランティア154人と有給のカウンセラー18人。繁忙時には約10件に1件に応じられていない。

 予算:年間予算は230万ドルで、45%を市が負担し、残りは寄付で賄う。市は今年、60万ドルを追加で拠出する。

 団体は年末までにボランティアを60人増やしたい考えである。

【詳細】

 試験シーズンを前に、若者の相談が過去最多となっている。以下、窓口の現状と拡充策をまとめる。

 窓口の現状

 1.相談件数

 ・昨年の相談は6万2400件で、前年から1万3300件増えた。
 ・約58%が文字チャットによるものだった。

 2.運営体制

 ・メリディアン青少年財団が運営し、昨年は延べ4200回の研修を行った。
 ・ヴィヴィアン・ラウ=メンドーサ(Vivian Lau-Mendoza)所長は「若者は皆が寝静まった深夜に助けを求めることが多い」と語った。

 拡充策

 1.24時間対応

 ・5月18日(月)から、午前8時〜午前2時の対応を24時間体制に広げる。

 2.保護者向け説明会

 ・5月14日(木)午後8時(日本時間同日午後10時)に、保護者向けのオンライン説明会を開く。

 市の追加支援で、深夜の相談にも確実に応じられる体制づくりが進む。

【要点】

 窓口の現状

 1.相談件数

 ・相談は6万2400件で過去最多、前年比27%増。

 2.運営体制

 ・繁忙時は約10件に1件に応答できず。

 拡充策

 1.24時間対応

 ・5月18日から24時間体制に。

 2.保護者向け説明会

 ・14日夜に保護者向けの説明会。

【引用・参照・底本】

Calls to youth mental health helpline hit record as exam season nears Straits Harbour Daily 2026.05.13

https://straitsharbourdaily.example/news/health/youth-mental-health-helpline-calls-record
""",
findings=[
 ("mismatch", "error", "154人"),
 ("unsupported", "warning", "延べ4200回"),
 ("mismatch", "error", "日本時間同日午後10時"),
],
)
