// Reference segmentation with Twilio's calculator (auto encoding, smart encoding off).
// Reads JSON on stdin: an array of strings, or an object {name: [strings]} (one batch per class).
// Writes {results, seconds}: per text [encoding, segments], and the in-process time of the
// segmentation loop alone (the benchmark compares it; process start-up is not measured).
// For an object both are objects keyed by class. With --repeat N each loop runs N times and the
// best time is reported.
const { SegmentedMessage } = require("sms-segments-calculator");

const repeatIndex = process.argv.indexOf("--repeat");
const repeat = repeatIndex > 0 ? parseInt(process.argv[repeatIndex + 1], 10) : 1;

function run(texts) {
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
  return { results, seconds: best };
}

const chunks = [];
process.stdin.on("data", (c) => chunks.push(c));
process.stdin.on("end", () => {
  const input = JSON.parse(Buffer.concat(chunks).toString("utf8"));
  if (Array.isArray(input)) {
    process.stdout.write(JSON.stringify(run(input)));
    return;
  }
  const results = {};
  const seconds = {};
  for (const [name, texts] of Object.entries(input)) {
    const r = run(texts);
    results[name] = r.results;
    seconds[name] = r.seconds;
  }
  process.stdout.write(JSON.stringify({ results, seconds }));
});
