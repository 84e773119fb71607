SPEC = dict(
    lang="en", outlet="Coral Coast Herald", domain="www.coralcoastherald.example",
    path="/sport/cycling/van-wyk-wins-mount-barrun-stage-takes-lead",
    title="Van Wyk conquers Mount Barrun to seize Tour of the Wildara Ranges lead",
    published="2026-03-05T18:05:00+10:00", shown="Thursday 5 March 2026, 6:05pm AEST",
    author="Liam Costello", section="Cycling",
    paras=[
        "Jesper van Wyk of Hexa-7 Racing won the queen stage of the Tour of the Wildara Ranges on Thursday, attacking 3 kilometres from the summit of Mount Barrun to take the leader's jersey with three days to go.",
        "The 27-year-old crossed the line at 3:47pm AEST after 187.5 kilometres from Kalloway, covering the stage in 4 hours 38 minutes and 12 seconds. Local favourite Tom Birrell was second, 14 seconds back, and the previous leader, Matteo Serra, lost 52 seconds and dropped to third overall.",
        "Van Wyk now leads Birrell by 1 minute 5 seconds in the general classification, with Serra a further 21 seconds behind. \"I told the team this morning that if my legs were good I would go at the three-kilometre sign, and they were good,\" van Wyk said.",
        "The final climb to the observatory on Mount Barrun is 11.2 kilometres long at an average gradient of 6.8%, and it has decided the race in four of the last six editions. Crowds lined the upper slopes three deep, many having camped overnight.",
        "Heat again shaped the day. The temperature in Kalloway was 34 degrees at the start, and race doctors reported a dozen riders needing treatment for dehydration. Of the 142 riders who started the race on Sunday, nine have now abandoned.",
        "Birrell, riding for the small Queensland-based team Brolga Cycling, said he had no regrets. \"I went as deep as I could. A minute is a lot, but there is still the time trial,\" he said.",
        "Friday's stage 5 is a flat 164-kilometre run along the coast to Port Ellery, expected to end in a bunch sprint. Saturday brings a 28-kilometre individual time trial, and the race finishes on Sunday with a circuit race in the city centre.",
        "The winner of the overall classification will receive A$25,000, and stage winners A$4,000 each. Organisers said attendance on Mount Barrun, estimated at 38,000, was a record for the race, which was first held in 1989.",
        "Hexa-7 Racing's sports director, Anneke Smit, said the team would now ride to defend the jersey. \"We have the strongest time-triallist in the race and we will not panic,\" she said.",
    ],
)
