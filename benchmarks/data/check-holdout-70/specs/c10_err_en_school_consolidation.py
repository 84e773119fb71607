SPEC = dict(
name="err-en-school-consolidation", lang="en", outlet="Granite Ridge Tribune", domain="graniteridgetribune.example",
path="/local/education/bexley-county-school-consolidation-vote", published="2026-09-17T20:30:00-04:00",
title="Bexley County board votes to close three rural schools and build a new campus", section="Education", author="Tom Aldous-Mbeki",
paras=[
"The Bexley County school board voted 5-2 on Thursday to close three small rural elementary schools at the end of the 2026-27 school year and move their pupils to a new campus to be built on a 40-acre site outside the town of Marlow.",
"The three schools, in Fenwick, Oakhollow and Stiles Crossing, together enrol 286 pupils, down from 412 a decade ago. Fenwick Elementary, the smallest, has 71 pupils in a building designed for 240. The schools are between 9 and 17 miles from the Marlow site.",
"District officials estimate the new campus will cost $46 million, of which $31 million will come from a bond approved by voters in 2024 and the remainder from state construction aid. The campus is designed for 650 pupils and is expected to open in August 2028. Until then, pupils from the closed schools will attend Marlow Elementary, which will add eight portable classrooms.",
"Superintendent Angela Ferris-Obi said the district spends $19,400 a year on each pupil at the three rural schools, compared with an average of $13,100 across the district. Closing them would save about $1.9 million a year, she said.",
"Parents packed the meeting, which ran for more than four hours. Many objected to longer bus rides. The district's own analysis found that the longest ride would rise from 35 minutes to 58 minutes for about 60 pupils in the far north of Stiles Crossing.",
"\"My daughter is six years old. Nearly an hour on a bus each way is not a small thing,\" said Dwayne Holloway, whose two children attend Oakhollow Elementary.",
"Board member Patricia Lund, one of the two who voted against, said she would ask the board to reconsider at its next meeting, on October 1. A group of parents said they were collecting signatures for a petition.",
],
digest="""
ベクスリー郡:農村部の小学校3校を統合、新校舎を建設へ2026年09月18日 10:45

国立国会図書館デジタルコレクション「浪華百景」を加工して作成
【概要】

 ベクスリー郡(Bexley County)の教育委員会は16日(水)、農村部の小規模な小学校3校を2026〜27年度末で閉校し、児童をマーロウ郊外に建てる新校舎に移すことを5対2で決めた。新校舎の敷地は40エーカー(約16ヘクタール)。

 主なハイライト

 児童の減少:フェンウィック、オークホロー、スタイルズ・クロッシングの3校の児童は計286人で、10年前の412人から126人減った。最も小さいフェンウィック小は240人規模の校舎に71人しかいない。

 建設費:新校舎の費用は4600万ドルで、このうち3100万ドルは2024年に住民が承認した債券で賄い、残る1500万ドルは州の建設補助金を充てる。

 1人あたりの費用:3校では児童1人あたり年1万9400ドルかかっており、学区平均の1万3100ドルを6300ドル上回る。閉校で年約190万ドルを節約できるという。

 文脈

 通学時間:学区の分析では、スタイルズ・クロッシング北部の約60人は最長の通学が35分から58分に延びる。

 新校舎:650人規模で、2028年8月の開校を目指す。3校は新校舎の敷地から9〜17キロ離れている。

 反対した委員は10月1日の次回会合で再考を求める考えで、保護者は署名を集めている。

【詳細】

 郡の教育委員会が、児童の減った農村部の学校の統合に踏み切った。以下、計画の中身と住民の反応をまとめる。

 統合計画

 1.閉校と新校舎

 ・3校を2026〜27年度末で閉校し、新校舎は2028年8月に開校する。
 ・それまでの間、児童はマーロウ小学校に通い、同校は仮設教室を8室増やす。

 2.費用

 ・新校舎の建設費は4600万ドル。
 ・ベクスリー郡の学校は1985年以来、統合を行ってこなかった。

 住民の反応

 1.保護者の反対

 ・会合は4時間以上に及び、多くの保護者が通学時間の延長に反対した。
 ・オークホロー小に子ども2人を通わせるドウェイン・ホロウェイ(Dwayne Holloway)さんは「娘は6歳だ。片道1時間近いバスは小さなことではない」と話した。

 2.委員会の対応

 ・アンジェラ・フェリス=オビ(Angela Ferris-Obi)教育長は、1人あたりの費用の差を統合の理由に挙げた。
 ・反対票を投じたパトリシア・ランド(Patricia Lund)委員は10月1日の会合で再考を求める。

 統合をめぐる議論は、次回の会合でも続く見通しである。

【要点】

 統合計画

 1.閉校と新校舎

 ・3校を閉校、650人規模の新校舎を2028年8月に開校。

 2.費用

 ・建設費4600万ドル、年約190万ドルを節約。

 住民の反応

 1.保護者の反対

 ・最長の通学が35分から58分に。

 2.委員会の対応

 ・5対2で可決、10月1日に再考を求める動き。

【引用・参照・底本】

Bexley County board votes to close three rural schools and build a new campus Granite Ridge Tribune 2026.09.17

https://graniteridgetribune.example/local/education/bexley-county-school-consolidation-vote
""",
findings=[
 ("mismatch", "error", "16日(水)"),
 ("unsupported", "warning", "1985年"),
 ("mismatch", "error", "9〜17キロ"),
],
)
