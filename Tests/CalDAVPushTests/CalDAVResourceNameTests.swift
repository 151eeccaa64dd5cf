import Testing

@testable import CalDAVPush

@Suite struct CalDAVResourceNameTests {
    // The hashed names were computed apart with `printf '%s' UID | sha256sum`.
    @Test(arguments: [
        ("b1bc7b40-3476-58d9-94a6-e3bb53b38c24", "b1bc7b40-3476-58d9-94a6-e3bb53b38c24.ics"),
        ("plan_1.event-2", "plan_1.event-2.ics"),
        ("event@example.org", "uid-7becb9c97210031bb7f29562a31be0bf.ics"),
        ("a/b", "uid-c14cddc033f64b9dea80ea675cf280a0.ics"),
        (".hidden", "uid-1692419006a88aab3372cf255367e2cc.ics"),
        ("é-event", "uid-9d89a3dd434ffa01918ba6e0b114487a.ics"),
        (String(repeating: "a", count: 200), String(repeating: "a", count: 200) + ".ics"),
        (String(repeating: "a", count: 201), "uid-a92efd82109373e58f9a2056dee01e80.ics"),
    ])
    func nameComesFromTheUIDAlone(uid: String, expected: String) {
        #expect(CalDAVResourceName.name(forUID: uid) == expected)
    }
}
