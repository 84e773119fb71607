H カレドン諸島フェリー:ハイブリッド船3隻を発注|2025年01月23日 22:00|浪華百景
L 国営の運航会社カレドン諸島フェリー(Caledon Isles Ferries)は21日(火)、ブラノック造船所(Brannock Shipyard)とディーゼル電気ハイブリッドのフェリー3隻の建造契約を総額1485万ポンドで結んだと発表した。
HI 船の仕様:1隻あたり4950万ポンドで、全長94メートル、旅客450人と車60台を運ぶ。入出港時は蓄電池だけで航行できる。
HI 引き渡し:1隻目は2027年7〜9月期に引き渡され、残る2隻は2028年末までに続く。
CX 老朽化:船隊31隻の平均船齢は26年で、昨年は故障により1740便が欠航した。置き換え対象には1985年建造、船齢40年の「サウンド・オブ・ローナ」も含まれる。
CX 雇用:従業員1150人のブラノック造船所は、今後3年間で300人を増やす。
C アリソン・ベアード(Alison Baird)運輸相は、さらに7隻を含む船隊更新計画を夏までに公表するとしている。
I 老朽船の故障に悩む離島航路で、新造船の発注がようやく動き出した。以下、契約の内容と地元の受け止めをまとめる。
T 建造契約
S 1.契約の内容
B 3隻、1隻4950万ポンド。
B 全長94メートル、旅客450人、車60台。
B 価格は固定で、納期に遅れれば1日2万ポンドの違約金が科される。
B 残る2隻は2028年末までに引き渡される。
S 2.環境性能
B グレアム・レッキー(Graham Leckie)最高経営責任者は、新船によって各航路の燃料使用量が約30%減ると述べた。
B 港の出入りは電気だけで航行する。
T 船隊と地域
S 1.老朽化した船隊
B 31隻の平均船齢は26年。
B 置き換え対象には1985年建造の船も含まれる。
B 昨年の欠航は1740便で、12月に公表された数字による。
B 運輸相はさらに7隻を対象とする更新計画を夏までに示す。
S 2.造船所と島の声
B イアン・フェアリー(Iain Fairlie)社長は「この沿岸の造船業への信任の表れだ」と語った。
B 造船所の従業員は1150人で、今後3年間で300人増える。
B ローナ島のコミュニティ評議会のショーナ・ギリーズ(Shona Gillies)議長は「約束は前にも聞いた。最初の船が出航したら信じる」と慎重な姿勢を示した。
E 残る7隻を含む船隊更新計画の公表が次の焦点となる。
Y
T 建造契約
S 1.契約の内容
B 3隻をブラノック造船所に発注、1隻目は2027年に引き渡し。
S 2.環境性能
B 燃料使用量を約30%削減。
T 船隊と地域
S 1.老朽化した船隊
B 平均船齢26年、昨年は1740便が欠航。
S 2.造船所と島の声
B 造船所は300人を増員、島民は慎重に歓迎。
R Caledon Isles Ferries orders three hybrid vessels in £148.5m deal HullAndHarbour 2025.01.23
U https://www.hullandharbour.example/shipbuilding/2025/01/23/caledon-isles-ferries-orders-three-hybrid-vessels?utm_source=newsletter&utm_medium=email&utm_campaign=shipping_weekly&sub_id=58213
X mismatch|error|1485万ポンド
X mismatch|error|2027年7〜9月期
X citation|warning|https://www.hullandharbour.example/shipbuilding/2025/01/23/caledon-isles-ferries-orders-three-hybrid-vessels?utm_source=newsletter&utm_medium=email&utm_campaign=shipping_weekly&sub_id=58213
