SPEC = dict(
    lang="en", outlet="Deccan Orbit Times", section="Space", author="Meera Subramaniam",
    title="Three astronauts set for 21-day orbital mission aboard Garuda capsule",
    url="https://www.deccanorbittimes.example/space/garuda-crewed-mission-launch-october-4",
    published="2025-10-02T19:40:00+05:30", shown="Oct 2, 2025, 07:40 PM IST",
    body=[
        "Three astronauts will lift off at 11:55 pm IST on Saturday, October 4, aboard the Garuda capsule for a 21-day mission in low Earth orbit, the longest crewed flight the National Space Board has attempted, officials said on Thursday.",
        "The capsule will circle the Earth at an altitude of about 400 km (250 miles), completing roughly 16 orbits a day. Over the three weeks the crew will run 38 experiments, most of them on how the human body and plant seedlings respond to microgravity.",
        "The mission will be commanded by Anika Ravel, 44, a former air force test pilot. She will be joined by flight engineer Dev Karthan, 37, and medical doctor Sunaina Pillai, 41, who will be the first physician from the country to fly in space.",
        "The crewed programme has cost $1.1 billion so far, including two uncrewed test flights in 2023 and 2024. The board's chairman, S. Venkatraman, said the capsule's heat shield had been redesigned after the second test flight showed hotter-than-expected temperatures of up to 1,650C during re-entry.",
        "A public opinion survey published by the board last month found that 68% of respondents supported spending on human spaceflight, up 9 percentage points from a year earlier. Support was highest among people aged 18 to 24.",
        "If the weather is unsuitable, the launch can be moved to Sunday or Monday at the same time. Splashdown is planned in the Bay of Seragh, where two navy ships and a helicopter will wait to recover the crew.",
        "\"Twenty-one days is a long time in a small capsule,\" Ravel told reporters at the launch site. \"We have trained for it for four years, and we are ready.\" The crew entered quarantine on September 20.",
    ],
)

DIGEST = """
ガルーダ宇宙船:3人の飛行士が21日間の軌道飛行へ2025年10月03日 09:00

国立国会図書館デジタルコレクション「名所江戸百景」を加工して作成
【概要】

 3人の宇宙飛行士を乗せた宇宙船「ガルーダ」が、現地時間4日(土)午後11時55分、日本時間5日(日)午前2時25分に打ち上げられる。国家宇宙委員会が2日(木)に発表した。21日間の地球低軌道飛行は、同委員会の有人飛行として過去最長となる。

 主なハイライト

 飛行計画:宇宙船は高度約400キロ(約250マイル)を1日に約16周し、3週間で38の実験を行う。多くは微小重力に対する人体や植物の苗の反応を調べるものだ。

 乗組員:船長は元空軍テストパイロットのアニカ・ラヴェル(Anika Ravel)氏(45)。航空機関士のデヴ・カルタン(Dev Karthan)氏(37)と医師のスナイナ・ピライ(Sunaina Pillai)氏(41)が同乗し、ピライ氏は同国初の宇宙に行く医師となる。

 文脈

 費用:有人計画には2023年と2024年の無人試験飛行2回を含め、これまでに11億ドルが投じられた。

 世論:委員会が先月公表した世論調査では、有人宇宙飛行への支出を支持する人は68%で、前年から9%上昇した。

 天候が悪ければ、打ち上げは同じ時刻のまま日曜か月曜に延期される。

【詳細】

 乗組員は9月20日から隔離に入っており、打ち上げを待つばかりとなった。以下、計画の内容と準備の状況をまとめる。

 飛行の内容

 1.軌道と実験

 ・高度約400キロで1日約16周し、3週間で38の実験を行う。

 2.乗組員

 ・ラヴェル船長は「小さな宇宙船での21日間は長いが、4年間訓練してきた。準備はできている」と話した。

 安全対策

 1.耐熱シールド

 ・2回目の試験飛行で再突入時に最高1650度という想定以上の高温が記録されたため、耐熱シールドを設計し直した。
 ・委員会のS・ヴェンカトラマン(S. Venkatraman)委員長が説明した。

 2.着水と回収

 ・着水はセラグ湾で予定され、海軍の艦艇2隻とヘリコプター1機が回収にあたる。

 支持は18〜24歳で最も高かった。

【要点】

 飛行の内容

 1.軌道と実験

 ・高度約400キロ、21日間で38の実験。

 2.乗組員

 ・ラヴェル船長ら3人が搭乗、ピライ氏は同国初の宇宙医師。

 安全対策

 1.耐熱シールド

 ・再突入時の高温を受けて設計を変更。

 2.着水と回収

 ・セラグ湾に着水、艦艇2隻とヘリ1機で回収。

【引用・参照・底本】

Three astronauts set for 21-day orbital mission aboard Garuda capsule Deccan Orbit Times 2025.10.02

https://www.deccanorbittimes.example/space/garuda-crewed-mission-launch-october-4
"""

FINDINGS = [
    ("mismatch", "error", "午前2時25分"),
    ("mismatch", "error", "(45)"),
    ("mismatch", "error", "9%上昇"),
]
