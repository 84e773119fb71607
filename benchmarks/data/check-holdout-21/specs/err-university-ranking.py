SPEC = dict(
    lang="en", outlet="Campus Review", domain="campusreview.example",
    path="/rankings/2026/06/10/global-campus-index-2027-lakeshore-top-ten",
    title="Lakeshore Institute breaks into top 10 of Global Campus Index for first time",
    published="2026-06-10T21:00:00-04:00", shown="June 10, 2026 9:00 PM ET",
    author="Nadia Brook", section="Rankings",
    paras=[
        "Lakeshore Institute of Technology has entered the top 10 of the Global Campus Index for the first time, climbing from 14th to 9th place in the 2027 edition published on Wednesday, while Aldgate University kept the top spot for a sixth consecutive year.",
        "The index, compiled by the Higher Education Review, assessed 1,820 universities in 104 countries this year, up from 1,650 last year. Institutions are scored on teaching (30% of the total), research (35%), citations (25%) and international outlook (10%).",
        "Aldgate scored 96.2 out of 100. Lakeshore's overall score of 88.7 was driven by a sharp rise in research income, which reached $612 million in the last financial year, and by one of the lowest student-to-staff ratios in the top 20, at 11.4 to 1.",
        "\"Ten years ago we set ourselves the goal of competing with the best in the world, and today we can say we are there,\" said Lakeshore's president, Elena Vasquez-Moore. She credited a decision to double the number of doctoral scholarships and to recruit researchers from abroad.",
        "Further down the table, the picture was more mixed. The country with the most institutions in the top 200 had 48, four fewer than last year, as universities in Asia continued to rise. Twelve institutions entered the top 200 for the first time.",
        "The ranking's editor, Thomas Achterberg, said the gap between the leading universities and the rest was narrowing. \"The difference in score between first and tenth place is the smallest we have recorded,\" he said.",
        "Critics of university rankings argue that they reward wealth and size and encourage institutions to chase metrics rather than improve teaching. The Higher Education Review said it had changed its methodology this year to give more weight to surveys of students.",
        "The full table, including subject rankings for 11 disciplines, is available from Thursday. Lakeshore also placed third in engineering and fifth in computer science.",
        "Aldgate's vice-chancellor, Sir Richard Okafor, said the university was \"honoured but not complacent\" and that it would use the results to look closely at its teaching scores, which fell slightly.",
    ],
)
