// Reference segmentation with Twilio's calculator (auto encoding, smart encoding off).
// Reads a JSON array of strings on stdin; writes {results: [[encoding, segments], ...], seconds}
// where seconds is the in-process time of the segmentation loop alone (used by `nox -s bench`).
// With --repeat N the loop runs N times and the best time is reported.
const { SegmentedMessage } = require("sms-segments-calculator");

const repeatIndex = process.argv.indexOf("--repeat");
const repeat = repeatIndex > 0 ? parseInt(process.argv[repeatIndex + 1], 10) : 1;
const chunks = [];
process.stdin.on("data", (c) => chunks.push(c));
process.stdin.on("end", () => {
  const texts = JSON.parse(Buffer.concat(chunks).toString("utf8"));
  let results = null;
  let best = Infinity;
  for (let r = 0; r < repeat; r++) {
    const start = process.hrtime.bigint();
    const out = new Array(texts.length);
    for (let i = 0; i < texts.length; i++) {
      const m = new SegmentedMessage(texts[i], "auto", false);
      out[i] = [m.encodingName, m.segmentsCount];
    }
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    best = Math.min(best, seconds);
    results = out;
  }
  process.stdout.write(JSON.stringify({ results, seconds: best }));
});
