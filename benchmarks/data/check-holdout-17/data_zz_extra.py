# Extra background paragraphs appended to the sources (no new facts the digests rely on).
EXTRA = {
"ghana-copper-output": [
"Analysts said the quarter showed the company had overcome the start-up problems that hit Nsuta East early in the year, when heavy rains flooded part of the pit and delayed the installation of a second crusher. &quot;The question now is whether they can hold these volumes through the dry season, when water supply becomes the constraint,&quot; said one Accra-based mining analyst.",
"Community groups near Tarkwa North have also pressed the company to speed up land rehabilitation at exhausted parts of the site. Akwatia said it had set aside funds for the work and would publish a progress report with its annual results.",
],
"vancouver-osaka-route": [
"Tickets on the route went on sale in November. The cheapest return economy fares in the first month are being offered with a checked bag and a meal included, which the airline says is intended to compete with connecting itineraries through Seoul and Taipei.",
],
"marseille-dockers-strike": [
"Dans les entreprises de logistique de la zone de Fos, plusieurs responsables ont indiqué avoir dû recourir au chômage partiel pendant le conflit, faute de marchandises à traiter. Les transporteurs routiers, eux, réclament un plan de rattrapage pour éviter l'engorgement des accès au port dans les prochains jours.",
],
"tours-by-election": [
"Dans les bureaux de vote des communes rurales du sud de la circonscription, la participation a parfois été inférieure à un électeur sur trois, selon les premiers relevés communiqués par la préfecture en fin de soirée.",
],
"ezb-zinssenkung-september": [
"An den Finanzmärkten war der Schritt weitgehend erwartet worden. Die Rendite zehnjähriger Bundesanleihen gab im Verlauf des Nachmittags leicht nach. Händler verwiesen darauf, dass die Notenbank keine Signale für eine beschleunigte Lockerung gesendet habe.",
],
"inzell-eisschnelllauf": [
"Für die Veranstalter war das Wochenende auch ein Test für die neue Kühlanlage der Halle, die im Sommer nach mehrmonatigen Umbauarbeiten in Betrieb gegangen war. Der Verband zeigte sich mit dem Ablauf zufrieden und kündigte an, sich erneut um die Austragung einer Weltmeisterschaft zu bewerben.",
],
"soja-cosecha-argentina": [
"En el norte del país, en cambio, la situación es más heterogénea. En partes de Santiago del Estero y del Chaco las lluvias llegaron tarde y la siembra de segunda se demoró, por lo que la entidad mantiene allí un margen de incertidumbre mayor que en la zona núcleo.",
"Los contratistas rurales, por su parte, advierten por el aumento del costo del gasoil y de los repuestos tras la devaluación, que podría encarecer la cosecha que comenzará en marzo.",
],
"musei-valdoria-visitatori": [
"Il Comune sta valutando anche un sistema di prenotazione obbligatoria nei fine settimana di alta stagione, sul modello già adottato da altri grandi musei italiani. Una decisione è attesa entro la primavera, dopo un confronto con le guide turistiche e con le associazioni di categoria.",
"Tra le novità del 2025 figurano inoltre un nuovo percorso per le scuole e la digitalizzazione dell'archivio storico dei musei, che custodisce documenti e disegni a partire dall'Ottocento.",
],
"malaria-vaccine-trial": [
"Public health officials at the congress said the results would be studied closely by national immunisation programmes that are already rolling out earlier malaria vaccines, and which will have to decide how a new product would fit alongside them.",
],
"port-wellington-marathon-live": [
"<h3>11:30 a.m.</h3>",
"The finish area on Lakefront Drive is packed as the bulk of the field comes home. Organisers are reminding spectators to use the shuttle buses rather than the downtown car parks, several of which are already full.",
],
"penang-house-prices": [
"Property agents say buyers have become more selective since the start of the year, with many waiting for developers to offer rebates or free legal fees before committing. Secondary-market listings on the mainland have also risen as owners try to sell older terraced houses.",
],
"etsuzan-koko-saihen": [
"計画案では、学校の数を減らす一方で、教育内容の充実にも力点を置く。拠点校には探究学習の専任教員を配置するほか、大学や地元企業と連携した授業を増やす。山間部の小規模校では、オンラインで他校の授業を受けられる遠隔授業の仕組みを広げ、選択科目の幅を確保する考えだ。",
"県教委は昨年度、有識者や保護者の代表らでつくる検討会議を設け、計12回の会合で再編の方向性を議論してきた。検討会議の報告書は「学校規模の適正化は避けられない」としつつ、「地域にとって高校は単なる教育機関ではなく、まちづくりの拠点でもある」と指摘し、統合の進め方に丁寧な合意形成を求めていた。",
"保護者の受け止めは分かれている。越山市内の中学2年生の母親は「部活動の選択肢が増えるなら統合もやむを得ない」と話す。一方、南部に住む中学3年生の父親は「通学に片道1時間以上かかるようになれば、下宿させるしかない。家計の負担は大きい」と不安を口にした。",
"市町村の側にも温度差がある。拠点校が置かれる見通しの市は校舎の増築や通学路の整備を急ぐ構えだが、高校を失う可能性のある町村の首長からは「県は地域の将来像を示したうえで議論すべきだ」との注文も出ている。県町村会は近く、県教委に対して計画案の見直しを求める要望書を提出する方針だ。",
"県教委は今後、学区ごとに地元の自治体や学校関係者と協議の場を設ける。小林教育長は「結論ありきではなく、説明会で出た意見はできる限り計画に反映させたい」と話しており、年明け以降の議論の行方が注目される。",
"教職員の側からも声が上がっている。県高校教職員組合は「統合によって教員の数が減れば、一人ひとりの生徒に目が届かなくなる」として、再編後も少人数学級を維持するよう求める声明を出した。県教委は、統合によって生じる教員の余裕は、拠点校の専門科目や小規模校への遠隔授業の支援に充てると説明している。",
"生徒自身の思いも複雑だ。統合対象となる北部の高校に通う2年生の男子生徒は「友達と一緒に卒業できるのはうれしいが、後輩たちが別の学校に通うことになるのは寂しい」と話した。生徒会が中心となって、学校の歴史を記録に残す取り組みを始めた学校もある。",
"再編の影響は高校にとどまらない。地元の商店主らは、生徒や保護者が日常的に利用してきた文房具店や飲食店の売り上げが落ち込むことを心配している。山あいの町では、高校の存続を前提にした移住促進策を進めてきた経緯もあり、計画案は町の将来設計そのものの見直しを迫るものとなっている。",
"一方で、統合に前向きな声もある。拠点校となる見通しの高校の校長は「生徒数が増えれば、これまで開けなかった専門的な科目や部活動を用意できる。生徒の進路の選択肢は確実に広がる」と話す。県内の大学関係者からも、理数系や国際系の学科が充実すれば、地元の大学への進学者が増えることを期待する声が出ている。県教委は、こうした利点を説明会で具体的に示したい考えだ。説明会の日程や会場は、県教委のホームページや各市町村の広報誌で順次知らせる。",
],
}
CASES = []
