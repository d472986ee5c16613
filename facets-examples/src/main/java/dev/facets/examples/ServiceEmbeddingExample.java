package dev.facets.examples;

import dev.facets.api.Facet;
import dev.facets.api.FacetMix;
import dev.facets.api.Portfolio;
import dev.facets.api.TargetMix;
import dev.facets.api.Weighting;
import dev.facets.core.io.FacetsJson;
import dev.facets.core.score.PortfolioScore;
import dev.facets.core.score.PortfolioScorer;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A service that scores the portfolios it receives, many at once, with one shared engine.
 *
 * <p>The point: a {@link PortfolioScorer} is immutable and thread-safe, so a service keeps one
 * and calls it from every request thread; there is no per-request set-up and no lock. Each request
 * is parsed and scored on a worker thread; a bad request fails alone, with a message naming the
 * field and the value, and never disturbs the others. Results are printed in the order requests
 * arrived, so the output is the same however the threads interleave.
 *
 * <p>Run it: {@code java -cp facets.jar dev.facets.examples.ServiceEmbeddingExample}.
 */
public final class ServiceEmbeddingExample {
  /** The service: one shared scorer, a fixed pool of worker threads. */
  static final class ScoringService implements AutoCloseable {
    private final PortfolioScorer scorer;
    private final ExecutorService workers;

    ScoringService(int threads, TargetMix target) {
      this.workers = Executors.newFixedThreadPool(threads);
      this.scorer = PortfolioScorer.DEFAULT.withTarget(target);
    }

    /** Accepts a portfolio as the JSON a client sent; the score arrives later. */
    CompletableFuture<PortfolioScore> submit(String request, String json) {
      return CompletableFuture.supplyAsync(() -> {
        Portfolio portfolio = FacetsJson.readPortfolio(json, request);
        return scorer.score(portfolio, Weighting.budget());
      }, workers);
    }

    /** Stops taking requests and waits for those in flight. */
    @Override
    public void close() {
      workers.shutdown();
      try {
        workers.awaitTermination(1, TimeUnit.MINUTES);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private ServiceEmbeddingExample() {}

  /** Runs the example, printing to standard output. */
  public static void main(String[] args) throws Exception {
    run(System.out);
  }

  /** Runs the example, printing to {@code out}. */
  public static void run(PrintStream out) throws Exception {
    List<String> names = new ArrayList<>();
    List<String> requests = new ArrayList<>();
    names.add("request-1");
    requests.add(BundledExamples.text("federal-portfolio"));
    names.add("request-2");
    requests.add(BundledExamples.text("regional-labs"));
    names.add("request-3");
    requests.add("{\"name\": \"City digital team\", \"initiatives\": ["
        + "{\"id\": \"c1\", \"budget\": 300000, \"facets\": {\"enhancement\": 1}},"
        + "{\"id\": \"c2\", \"budget\": 100000, \"position\": {\"uncertainty\": 0.7, \"directedness\": -0.3}}]}");
    names.add("request-4");
    requests.add("{\"name\": \"Broken upload\", \"initiatives\": [{\"id\": \"b1\", \"budget\": -5, \"facets\": {\"mission\": 1}}]}");
    names.add("request-5");
    requests.add("{\"name\": \"Agency with a typo\", \"initiatives\": [{\"id\": \"t1\", \"budgte\": 5}]}");

    try (ScoringService service = new ScoringService(4, TargetMix.of(0.25, 0.25, 0.25, 0.25))) {
      List<CompletableFuture<PortfolioScore>> replies = new ArrayList<>();
      for (int i = 0; i < requests.size(); i++) {
        replies.add(service.submit(names.get(i), requests.get(i)));
      }
      out.println("Scored concurrently on 4 worker threads with one shared PortfolioScorer; replies in arrival order:");
      for (int i = 0; i < replies.size(); i++) {
        out.println(names.get(i) + ": " + reply(replies.get(i)));
      }

      // The same portfolio, 200 times at once: one engine, every answer the same.
      String federal = BundledExamples.text("federal-portfolio");
      List<CompletableFuture<PortfolioScore>> same = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        same.add(service.submit("load-" + i, federal));
      }
      PortfolioScore first = same.get(0).join();
      boolean identical = same.stream().map(CompletableFuture::join).allMatch(first::equals);
      out.println("200 concurrent scores of the same portfolio identical: " + identical);
    }
  }

  private static String reply(CompletableFuture<PortfolioScore> reply) {
    try {
      PortfolioScore score = reply.join();
      FacetMix shares = score.facetShares();
      Facet largest = Facet.ordered().get(0);
      for (Facet facet : Facet.ordered()) {
        if (shares.weight(facet) > shares.weight(largest)) {
          largest = facet;
        }
      }
      return String.format(Locale.ROOT, "'%s', %d initiatives, effective facets %.2f, evenness %.3f, largest %s %.1f%%, "
              + "%s to move to reach an even mix", score.portfolioName(), score.initiatives(),
          score.balance().effectiveFacets(), score.balance().evenness(), largest.jsonName(), 100 * shares.weight(largest),
          String.format(Locale.ROOT, "%,.0f", score.targetGap().orElseThrow().transfer()));
    } catch (CompletionException e) {
      return "rejected: " + e.getCause().getMessage();
    }
  }
}
