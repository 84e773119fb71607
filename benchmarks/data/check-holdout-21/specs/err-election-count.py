SPEC = dict(
    lang="en", outlet="Taraki Daily Post", domain="www.tarakidailypost.example",
    path="/local-body-elections/holt-wins-port-taraki-mayoralty-final-count",
    title="Holt ousts Whitcombe by 536 votes as final count confirms Port Taraki upset",
    published="2026-10-22T21:15:00+13:00", shown="22 October 2026, 9:15pm NZDT",
    author="Aroha Kingi", section="Local Body Elections",
    paras=[
        "Independent candidate Mereana Holt will be the next mayor of Port Taraki after the final count, including special votes, confirmed her narrow victory over two-term incumbent Grant Whitcombe on Thursday.",
        "Holt received 18,442 votes to Whitcombe's 17,906, a margin of 536. The third candidate, Ben Sato, won 5,032 votes. In all, 41,380 valid votes were cast for mayor, and Holt's share was 44.6%, against 43.3% for Whitcombe.",
        "Preliminary results on election night had given Holt a lead of just 212 votes, and the 3,118 special votes, counted over five days, widened rather than narrowed the gap. Turnout rose to 44.7% from 39.2% at the previous election in 2023, which electoral officer Rangi Pōtae put down to a new postal drop-box scheme in rural wards.",
        "Whitcombe, who stood for the Civic Alliance ticket, conceded in a short statement but said he was still considering whether to ask for a recount. An application must be lodged with the district court within three working days and would cost about NZ$28,000.",
        "\"The people of Port Taraki have asked for a change and I intend to give them one,\" Holt told supporters at the Seaview community hall. \"My first job is to get the harbour bridge repairs finished before another winter.\"",
        "Holt, a former school principal, becomes the first woman to lead the city since it was founded in 1874. She will be sworn in on 5 November along with the new council.",
        "The Civic Alliance lost its majority on the 13-member council, winning six seats, down from eight. Taraki First won four seats and independents took the remaining three. No single group will be able to pass a budget without support from another.",
        "The mayor's salary is set by the national remuneration authority at NZ$164,500 a year. Holt has said she will give a tenth of it to a fund for youth sport in the district.",
        "Council officers said the count had gone smoothly despite the larger than usual number of special votes, most of them cast by residents who had moved house since the roll closed. The official declaration will be published in the council's public notices on Saturday.",
    ],
)
