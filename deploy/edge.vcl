vcl 4.1;

# The edge of a local tier: two API replicas on loopback ports 4001 and 4002,
# round-robin, each probed on /health/ready (a replica that fails two of
# three probes, a second apart, is taken out; two good ones bring it back).
# `npm run deploy:local` and the tier's tests write this file again for their
# own ports and replica count, and compose.vcl.template is it for Docker
# Compose (scripts/tier/varnish.ts: renderEdgeVcl).

import std;
import directors;

probe ready {
  .url = "/health/ready";
  .interval = 1s;
  .timeout = 1s;
  .window = 3;
  .threshold = 2;
  .initial = 2;
}

# backends:begin
backend api1 { .host = "127.0.0.1"; .port = "4001"; .probe = ready; }
backend api2 { .host = "127.0.0.1"; .port = "4002"; .probe = ready; }
# backends:end

sub vcl_init {
  new api = directors.round_robin();
  # director:begin
  api.add_backend(api1);
  api.add_backend(api2);
  # director:end
}

include "./policy.vcl.inc";
