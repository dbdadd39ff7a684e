vcl 4.1;

# The edge: Varnish in front of the API replicas, round-robin, each probed
# on /health/ready (a replica that fails two of three probes, a second
# apart, is taken out; two good ones bring it back). deploy/edge.vcl names
# two replicas on loopback ports 4001 and 4002; `npm run deploy:local`, the
# tier's tests and Docker Compose (deploy/compose.vcl.template) run it with
# their own replicas in the backends block (scripts/tier/varnish.ts:
# renderEdgeVcl). What is cached, and how long: policy.vcl.inc.

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
