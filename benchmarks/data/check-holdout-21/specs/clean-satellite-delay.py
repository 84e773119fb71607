SPEC = dict(
    lang="en", outlet="Launchpad Daily", domain="launchpaddaily.example",
    path="/news/2026/10/08/geosentinel-7-launch-slips-to-halloween",
    title="GeoSentinel-7 launch slips three weeks after valve fault on Talon-5 upper stage",
    published="2026-10-08T17:20:00-04:00", shown="Oct. 8, 2026, 5:20 p.m. ET",
    author="Dana Okafor", section="Space",
    paras=[
        "The launch of GeoSentinel-7, the first of a new generation of weather satellites, has been pushed back again, this time from Saturday, Oct. 10, to no earlier than Oct. 31 after engineers found a faulty valve in the upper stage of its Talon-5 rocket.",
        "Meridian Rocketworks, which builds and flies the Talon-5, said the problem was discovered during a pressurisation test last Thursday at its pad on Gannet Island. The valve controls the flow of liquid oxygen to the upper-stage engine and will be replaced along with two identical units.",
        "The new launch window opens at 9:42 p.m. ET on Oct. 31 and lasts 40 minutes. A backup opportunity is available 24 hours later.",
        "It is the fourth delay this year for the $1.2 billion satellite, which was first scheduled to fly in March 2024. The National Environmental Satellite Office (NESO), which owns the spacecraft, said each day of delay costs about $150,000 in storage, staffing and insurance fees.",
        "\"We would rather lose three weeks on the ground than lose a satellite in orbit,\" said Priya Ramaswamy, NESO's program director. \"The spacecraft itself is healthy, fuelled and ready to go.\"",
        "GeoSentinel-7 will replace GeoSentinel-4, which was launched in 2011 and has already operated nearly twice as long as its design life. Forecasters rely on the ageing satellite for images of storms over the western ocean every 10 minutes; its successor will send them every two minutes.",
        "The 62-metre Talon-5 has flown 19 missions since its debut in 2019, 17 of them successful. Its last failure, in 2023, was traced to a different part of the upper stage.",
        "Insurers have agreed to cover 80% of the satellite's cost during launch and the first year in orbit, NESO said. The agency added that the delay would not affect the schedule of GeoSentinel-8, due to launch in the second half of 2028.",
        "Weather services in neighbouring countries, which receive the satellite's images under a data-sharing agreement, were told of the new date on Wednesday, NESO said.",
        "Meridian said it expected to finish replacing the valves by Oct. 20 and to roll the rocket back to the pad a week before launch.",
    ],
)
