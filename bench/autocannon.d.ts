// The part of autocannon's programmatic API the bench uses (the package ships no types).
declare module "autocannon" {
  namespace autocannon {
    type RequestData = { method?: string; path?: string; headers?: Record<string, string> };

    type Request = RequestData & {
      /** Called before every request of this kind; what it returns is sent. */
      setupRequest?: (request: RequestData, context: Record<string, unknown>) => RequestData | undefined;
    };

    type Options = {
      url: string;
      connections?: number;
      duration?: number;
      pipelining?: number;
      timeout?: number;
      title?: string;
      headers?: Record<string, string>;
      requests?: Request[];
    };

    type Histogram = {
      average: number;
      mean: number;
      stddev: number;
      min: number;
      max: number;
      total: number;
      p2_5: number;
      p50: number;
      p75: number;
      p90: number;
      p97_5: number;
      p99: number;
      p99_9: number;
    };

    type Result = {
      title?: string;
      url: string;
      connections: number;
      duration: number;
      errors: number;
      timeouts: number;
      non2xx: number;
      requests: Histogram & { sent: number };
      latency: Histogram;
      throughput: Histogram;
      statusCodeStats: Record<string, { count: number }>;
    };

    type Instance = PromiseLike<Result> & { stop(): void };
  }

  function autocannon(options: autocannon.Options): autocannon.Instance;
  export default autocannon;
}
