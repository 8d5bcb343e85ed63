// @vitest-environment jsdom
// The work queue on the coordinator's start page: only what waits, each count a link to exactly its list.
import { createRemixStub } from "@remix-run/testing";
import { cleanup, render, screen } from "@testing-library/react";
import { WorkQueueList } from "~/components/work-queue";

function show(queue: Parameters<typeof WorkQueueList>[0]["queue"]) {
  const Stub = createRemixStub([{ path: "/", Component: () => <WorkQueueList queue={queue} /> }]);
  render(<Stub />);
}

afterEach(cleanup);

describe("WorkQueueList", () => {
  it("links each waiting count to its filtered list and leaves out what is zero", async () => {
    show({ newRequests: 3, expiringOffers: 0, cascadeExhausted: 1, cancellations: 2, cardsToApprove: 0 });
    const links = await screen.findAllByRole("link");
    expect(links.map((l) => [l.textContent, l.getAttribute("href")])).toEqual([
      ["3 nya förfrågningar som ingen har fått erbjudande om", "/coordinator/requests?ko=nya"],
      ["1 förfrågningar där ingen fler kandidat fanns", "/coordinator/requests?ko=uttomda"],
      ["2 avbokningar där den bokade inte kan komma", "/coordinator/requests?ko=avbokade"],
    ]);
  });

  it("says so when nothing waits", async () => {
    show({ newRequests: 0, expiringOffers: 0, cascadeExhausted: 0, cancellations: 0, cardsToApprove: 0 });
    expect(await screen.findByText(/Inget väntar på dig just nu/)).toBeTruthy();
  });
});
