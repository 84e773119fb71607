lang = "en"
outlet = "Arcade Pulse Weekly"
title = "Crimson Tide Gaming win Vantage Masters final 3-1 before record online audience"
url = "https://www.arcadepulseweekly.example/esports/2025/08/24/vantage-masters-final-crimson-tide"
published = "2025-08-24T23:50:00+08:00"
timestr = "Sunday, August 24, 2025 11:50 PM SGT"
author = "Ho Wei Ling"
section = "Esports"
paras = [
 "Crimson Tide Gaming beat defending champions Northwind Five 3-1 in the final of the Vantage Masters on Sunday, taking home the largest share of the $2.5 million prize pool in front of 14,000 fans at the Marina Arena.",
 "The winning team collected $800,000, while Northwind received $400,000. The remaining prize money was shared among the 14 other teams that qualified for the event, which began on August 13.",
 "The final drew a peak of 4.6 million concurrent viewers across streaming platforms, according to the tracking firm Viewcount Labs, beating the previous record of 3.9 million set at last year's final. Organisers said the event had been broadcast in 21 languages.",
 "Crimson Tide lost the first map 11-13 but won the next three, closing the series with a 13-7 win on the fourth map. Their 19-year-old rifler, Jae-min \"Vortex\" Kang, was named most valuable player after finishing the series with 87 eliminations.",
 "\"Last year we went out in the group stage. Nobody expected us to be here,\" said team captain Arjun Pillai, 27, who has played professionally for nine years.",
 "The tournament's publisher, Halvorsen Interactive, said in-game sales of a souvenir package linked to the event raised $31 million, a quarter of which will be shared among the participating teams.",
 "Tickets for the final, priced from S$48 to S$260, sold out within 40 minutes when they went on sale in May. The Marina Arena will host the event again next year, with the final scheduled for August 30.",
 "Crimson Tide, founded in 2018, now holds three of the last five regional titles in addition to its first world crown.",
]
digest = dict(
 headline="クリムゾン・タイド:ヴァンテージ・マスターズ決勝を3対1で制す", posted="2025年08月25日 09:00",
 lead=["eスポーツの国際大会「ヴァンテージ・マスターズ(Vantage Masters)」の決勝が24日(日)にマリーナ・アリーナで行われ、クリムゾン・タイド・ゲーミング(Crimson Tide Gaming)が前回王者のノースウィンド・ファイブ(Northwind Five)を3対1で破った。1万4000人の観客が詰めかけた。"],
 highlights=[
  ("賞金", "賞金総額250万ドルのうち、優勝チームは全体の約3分の1にあたる80万ドルを獲得し、準優勝のノースウィンドは40万ドルを得た。残る130万ドルは、8月13日に始まった大会に出場したほかの14チームで分け合った。"),
  ("視聴者数", "決勝の同時視聴者数は最大460万人と、昨年の決勝の390万人を70万人上回り、過去最高を更新した。21言語で配信された。"),
  ("最優秀選手", "19歳のカン・ジェミン(Jae-min Kang)選手が計87キルを挙げ、最優秀選手に選ばれた。"),
 ],
 context=[
  ("逆転劇", "クリムゾン・タイドは第1マップを11対13で落としたが、その後3マップを連取し、第4マップを13対7で制した。"),
  ("関連収入", "発行元のハルヴォーセン・インタラクティブ(Halvorsen Interactive)によると、大会の記念アイテムの売上は3100万ドルで、その4分の1にあたる775万ドルが出場チームに分配される。"),
 ],
 closing=["2018年創業のクリムゾン・タイドにとって、初の世界タイトルとなった。"],
 intro=["昨年はグループステージで敗退したチームが、一気に頂点に立った。以下、決勝の内容と大会の数字をまとめる。"],
 details=[
  ("決勝の展開", [
   ("スコア", ["・第1マップを11対13で落とした後、3マップを連取。", "・第4マップを13対7で取り、3対1で優勝を決めた。"]),
   ("選手の声", ["・27歳のアルジュン・ピライ(Arjun Pillai)主将は「昨年はグループステージで敗退した。ここまで来ると誰も予想していなかった」と語った。", "・ピライ主将はプロとして9年のキャリアを持つ。"]),
  ]),
  ("大会の数字", [
   ("賞金と売上", ["・賞金総額250万ドル、優勝賞金80万ドル。", "・記念アイテムの売上3100万ドルの4分の1をチームに分配。"]),
   ("観客と視聴", ["・会場の観客は1万4000人。", "・同時視聴者は最大460万人で過去最高。", "・チケット(48〜260シンガポールドル)は5月の発売から40分で完売した。"]),
  ]),
  ("今後", [
   ("来年の大会", ["・来年もマリーナ・アリーナで開かれ、決勝は8月30日の予定。"]),
  ]),
 ],
 dclosing=["クリムゾン・タイドは直近5回の地域大会のうち3回を制しており、今回で世界一の座も手にした。"],
 points=[
  ("決勝の展開", [("スコア", ["・3対1で前回王者を破る。"]), ("選手の声", ["・ピライ主将「誰も予想していなかった」。"])]),
  ("大会の数字", [("賞金と売上", ["・優勝賞金80万ドル。"]), ("観客と視聴", ["・同時視聴者460万人で過去最高。"])]),
  ("今後", [("来年の大会", ["・来年の決勝は8月30日。"])]),
 ],
 cite_title=title, cite_outlet=outlet, cite_date="2025.08.24", cite_url=url,
)
