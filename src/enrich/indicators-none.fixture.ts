/**
 * Passages shaped like indicators of compromise that are none: each must yield no indicator
 * (indicators.test.ts). Our own sentences, one trap each; add one whenever a false indicator is found.
 */
export const NO_INDICATORS: readonly string[] = [
  // Company names written as web addresses.
  'Shares of Amazon.com and Booking.com rose after the malicious traffic was blocked.',
  // File names: an extension is no top-level domain, and a script's extension that is one is still a file.
  'The phishing e-mail carried an attachment called update.exe and a script named install.sh on the server.',
  'Researchers found a loader.py and a README.md in the malware kit.',
  // A byline's e-mail address.
  'By Priya Tandon, priya.tandon@ledgerpost.com, with reporting on the phishing campaign.',
  // Version numbers of four parts, even in a paragraph about servers.
  'Administrators should update the servers to version 10.4.2.1 or upgrade to v11.0.0.3 at once.',
  'The flaw is fixed in firmware 3.18.200.7, the vendor said of its servers.',
  // A link to the outlet's own page (the test gives the outlet's host).
  'Read our earlier coverage of the malicious campaign at https://www.harborwire.example.com/tech/breach and harborwire.example.com.',
  // A government site where one reports an incident.
  'Victims of the phishing scheme can report it at report.cisa.gov or https://www.ncsc.gov.uk/report.',
  // Ledger hex in a crypto theft: a transaction hash and a wallet address.
  'The transaction 9c4f0d2ab7e3316c55a0e8d1f4b27a96c3d58e10ab77f2c4e6d9b0135a8c7f21 moved the funds, and the wallet 0x7a3b9c2d4e5f60718293a4b5c6d7e8f901a2b3c4 received them.',
  // A hex run of no hash's length.
  'The malware sample carried the marker 4f2a9c81d3e7b05a6c1f and nothing more.',
  // A hash's name beside a run of another length.
  'SHA-256 of the payload: a62b1cc7874bfa2317bbcc2f520c19d4',
  // Clock times and a score are no IPv6 address; a date is no IPv4 address.
  'The servers went down at 10:30:45 and the match ended 3:1 on 12.03.2024 after the phishing wave.',
  // Dotted numbers and a domain with no word of an attacker around them.
  'Turnout rose to 61.2.1.4 per cent, a misprint, and the ministry posted results on electionresults.org.',
  // A tip line's site, a photo's licence and a station's dateline in crime reports (from misses on GVA's pages).
  'Callers with details about the shooting in the 900 block of Elm Road can reach Crime Stoppers at www.tipsnow.org',
  'A teenager was hurt at a block party on Sunday: https://t.co/Qx81LmA0pz the station reported.',
  'Photo: handgun on a table. Licence: Public Domain - https://freephotos.example.com/gun-table-1234/',
  'RIVERTON, WY (riverton7news.com)--Two people were wounded late on Friday.',
  'The night before the attack, he sent a friend a link to a sermon: http://sermons.example.org/talk/12.',
  'Report abuse to the Center for Missing and Exploited Children at http://www.childtips.example.org/report',
  // An abbreviation and a framework's name.
  'The U.S. group used Node.js and ASP.NET to build the dashboard for the malware analysts.',
];
