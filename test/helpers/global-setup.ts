// Starts real Meilisearch and Redis for the integration and browser projects.
// (Filled in by the service work; until then there is nothing to start.)
export function setup(): void {}
