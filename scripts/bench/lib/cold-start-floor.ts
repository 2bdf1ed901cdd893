/**
 * The floor under the inquiry function's cold start (scripts/bench/cold-start.ts): a
 * function that parses the same JSON request and answers 201 without doing anything
 * else, bundled and run the same way, so Node's own start-up and its fetch classes
 * (Request, Response) are told apart from our work. Prints the same JSON line as
 * cold-start-sample.ts.
 */
const loadedMs = performance.now();
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
const loadedCpuMs = cpuMs();

const handler = async (req: Request): Promise<Response> => {
  const body = (await req.json()) as Record<string, unknown>;
  return new Response(JSON.stringify({ id: String(body['company']).length }), {
    status: 201,
    headers: { 'content-type': 'application/json' },
  });
};
const request = (n: number) =>
  new Request('http://127.0.0.1/api/inquiry', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ company: `Floor ${n}`, consent: true }),
  });

const first = await handler(request(1));
await first.text();
const firstMs = performance.now();
const readyCpuMs = cpuMs();
const second = await handler(request(2));
await second.text();
const secondMs = performance.now();
process.stdout.write(
  `${JSON.stringify({
    status: [first.status, second.status],
    loadedMs,
    firstRequestMs: firstMs - loadedMs,
    readyMs: firstMs,
    loadedCpuMs,
    readyCpuMs,
    secondRequestMs: secondMs - firstMs,
    rssBytes: process.memoryUsage().rss,
  })}\n`,
);

/** A module of its own (top-level await). */
export {};
