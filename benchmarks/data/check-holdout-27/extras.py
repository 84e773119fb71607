# Further hand-written paragraphs, inserted before each body's last paragraph (background the digests need not cover).
EXTRA = {
 "clean-zinc-mine": [
  "The company said the processing plant would run around the clock in three shifts, and that a training centre opened last autumn in the former school building had already certified 140 heavy equipment operators.",
 ],
 "clean-chess-prodigy": [
  "Tournament director Martin Hale said the final rounds had drawn more spectators than any event the club had hosted, and that the live broadcast of Marchetti's eighth-round game was watched by more than 60,000 people online.",
  "Marchetti's school has agreed to let him sit some of his exams remotely during the international events next year.",
 ],
 "clean-snow-leopard": [
  "The ministry said the full report, including maps of each reserve, would be presented to parliament in April and shared with neighbouring countries.",

  "Scientists compared the new photographs with images from the 2016 survey and found 74 individual cats that had been recorded both times, some of them now more than ten years old.",
 ],
 "clean-heat-pump": [
  "Under the rules, homeowners must use an installer certified by the state and must keep their old boiler disconnected for at least five years. Payments will be made directly to installers within 30 days of an inspection.",
  "The energy office said it would publish a list of eligible models on its website next week.",
 ],
 "clean-bike-referendum": [
  "Die Stadtverwaltung will bis Ende des Jahres einen Zeitplan für alle Abschnitte vorlegen. Die Bauarbeiten sollen so geplant werden, dass Buslinien möglichst nicht umgeleitet werden müssen.",

  "Auch der Fahrradclub des Landes begrüßte das Ergebnis. Sein Vorsitzender Thomas Brand sprach von einem Signal weit über Kalbstadt hinaus und kündigte an, die Umsetzung kritisch zu begleiten.",
 ],
 "clean-grain-export": [
  "Les négociants soulignent que la concurrence des pays de la mer Noire reste vive et que les marges des exportateurs se sont réduites au cours de l'hiver, malgré des volumes en forte hausse.",

  "Le nouveau terminal de Port-Vallon peut charger jusqu'à 60 000 tonnes par jour. Les autorités portuaires estiment qu'il a permis de réduire de moitié le temps d'attente des navires en rade.",
 ],
 "clean-rowing-record": [
  "Nella stessa giornata la barca maschile del quattro di coppia ha chiuso al quarto posto, a meno di un secondo dal podio. Il direttore tecnico ha parlato di una squadra in crescita in vista della prossima stagione olimpica.",
  "Gli organizzatori hanno annunciato che l'edizione del prossimo anno si terrà nello stesso fine settimana di agosto.",
 ],
 "clean-glass-museum": [
  "美術館の再開を待ちわびていた市民も多い。休館中に市が実施したアンケートでは、回答した市民の約7割が「再開後に訪れたい」と答えていた。初日に夫婦で訪れた70代の男性は「若い頃に勤めていた工房の作品が、きれいな照明の下に並んでいて胸が熱くなった」と話し、展示室の一角でしばらく足を止めていた。孫を連れて訪れた女性も「子どもの目が輝いていた」と喜んだ。市は今後、来館者の声を集めて展示の入れ替えにも反映させるとしている。",
  "式典の後には、地元の中学生による吹奏楽の演奏も披露された。参加した中学2年の女子生徒は「小さい頃に来た美術館がきれいになってうれしい。友達とまた来たい」と笑顔を見せた。市教育委員会は、市内の全小学校の4年生を対象に、美術館の見学を授業に組み込む方針も明らかにしている。来年度からは、学校単位での見学には無料の送迎バスを用意するという。",

  "再開館にあわせて、館内のカフェとミュージアムショップも一新された。カフェでは地元の果物を使った季節のデザートを、ガラスの器で提供する。ショップには市内の工房で作られたグラスや一輪挿しなど約400種類の商品が並び、初日は昼過ぎに一部の商品が売り切れた。担当者は「追加の入荷を急いでいる」と話している。",
  "一方、課題も残る。美術館は市中心部の駅から徒歩約20分の丘の上にあり、高齢者や車いす利用者からは交通の便を改善してほしいとの声が上がっていた。市はこれを受けて、駅と美術館を結ぶ循環バスを4月から1時間に2本運行している。運賃は1回100円で、入館券を提示すれば帰りは無料になる。",
  "改修中の2年半の間、所蔵品の一部は国内外の美術館に貸し出されていた。このうちフランスの美術館で開かれた企画展には約9万人が訪れ、汐見のガラスの名を海外に広める機会になったという。館長の上野さんは、今後は海外の美術館との共同企画にも取り組みたいと意欲を示した。",
  "市内に残るガラス工房は現在11軒で、最盛期だった大正期の60軒余りから大きく減った。美術館の再開館を機に、後継者の育成につなげたいという期待も大きい。市は来年度、若手のガラス作家を対象にした工房の貸し出し制度を始める方針だ。",
 ],
 "err-ebook-deal": [
  "La red también planea organizar talleres en las sucursales para enseñar a los mayores a usar la plataforma, con sesiones gratuitas todos los sábados durante los primeros dos meses del servicio.",
 ],
 "err-quake-drill": [
  "市はこのほか、災害時に被害の情報を市民から集める仕組みも試した。参加者がスマートフォンで道路の陥没や倒木の写真を撮り、位置情報とともに市の専用サイトへ送ると、災害対策本部の地図に自動で表示される。この日は約1,100件の投稿が寄せられ、本部の職員が内容を確認して消防や道路部門に振り分けた。担当者は「誤った情報や重複をどう整理するかが課題だが、現場の様子を早くつかめる利点は大きい」と評価している。",
  "市内の大型商業施設でも訓練が行われた。買い物客役の従業員ら約300人が、店内放送の指示に従って階段で屋外の駐車場へ避難した。施設の担当者によると、全員の避難が完了するまでにかかった時間は約12分で、目標としていた15分を下回った。エレベーターに人が閉じ込められたとの想定で、管理会社と消防が連絡を取り合う手順も確認した。担当者は「休日の混雑時はもっと時間がかかるはずだ。今後は客の多い時間帯を想定した訓練も考えたい」と話した。",
  "病院や福祉施設では、停電を想定した訓練も行われた。市立病院では非常用発電機を実際に起動し、人工呼吸器などの医療機器に電源が切り替わるまでの流れを確認した。発電機は燃料を満タンにした状態で約72時間運転できるという。市内の特別養護老人ホームでは、車いすの入所者を2階から1階へ運ぶ訓練を職員が繰り返した。施設長は「夜間は職員が少ないので、近所の人の手を借りる仕組みを作りたい」と語った。",
  "地元の中学校では、生徒が避難所の運営を体験する授業も行われた。生徒たちは受付で名簿を作り、体育館の床に通路を確保しながら、家族ごとの区画を割り当てていった。要配慮者のための福祉スペースや、授乳や着替えのための部屋をどこに設けるかも話し合った。指導した教員は「避難所は大人だけで運営するものではない。中学生も大切な担い手になる」と話している。",
 ],
}
