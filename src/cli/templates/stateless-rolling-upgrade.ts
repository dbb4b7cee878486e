import { checklist, component, custom, triggers, type TemplateSource } from './parts';
import { PHASES } from './stateless-rolling-upgrade-phases';

export const statelessRollingUpgrade: TemplateSource = {
  id: 'stateless-rolling-upgrade',
  name: 'Stateless service upgrade (rolling)',
  title: 'checkout-api: rolling upgrade to Java 21 and Spring Boot 3.4 on Kubernetes',
  description:
    'Upgrade a stateless service in place: pods are replaced a few at a time behind the load balancer, with surge capacity, a disruption budget and kubectl rollout undo as the way back.',
  intended: { strategy: 'rolling', dataApproach: 'none' },
  plan: {
    summary:
      'checkout-api (stateless, 40 pods) moves from Java 17 and Spring Boot 3.1 to Java 21 and Spring Boot 3.4. It keeps no state of its own: pods are replaced 25% at a time with no pod taken away before its replacement is ready, and the previous ReplicaSet stays for kubectl rollout undo. Replace the names and figures with yours.',
    owners: ['Checkout team', 'Platform team'],
    assessment: {
      scope: ['service'],
      components: [
        component(
          'c-checkout-api',
          'checkout-api (Kubernetes Deployment, 40 pods)',
          'service',
          'migrating',
          'Checkout',
        ),
        component('c-web', 'web storefront', 'service', 'consumer', 'Web'),
        component('c-mobile-bff', 'mobile-bff', 'service', 'consumer', 'Mobile'),
      ],
      dependencies: [
        { from: 'c-checkout-api', to: 'c-web' },
        { from: 'c-checkout-api', to: 'c-mobile-bff' },
      ],
      downtime: { kind: 'zero', windowMinutes: null, agreedBy: '' },
      maintenanceWindow: { start: null, durationMinutes: null, offPeak: true },
      // No mesh route splits this service's traffic by percentage; one service is upgraded whole.
      rollout: { trafficSplit: 'no', pieceByPiece: 'no' },
      schemaChange: { description: '', backwardCompatible: 'unknown', forwardSql: '', dialect: 'postgresql' },
      notes:
        'No API or schema change: requests and responses are byte-for-byte the same. Spring Boot 3.4 changes some defaults (observability names, graceful shutdown timing): the staging soak compares metrics dashboards before and after.',
    },
    strategy: {
      deployment: 'rolling',
      dataApproach: 'none',
      rationale:
        'A stateless service with no contract change: a rolling update keeps full capacity (maxUnavailable 0), needs no second environment, and rolls back with kubectl rollout undo in minutes.',
      reconciliationJob: false,
      featureFlagRouting: false,
      adr: {
        status: 'proposed',
        context:
          'Java 17 support ends for our base image; Spring Boot 3.1 is out of support. checkout-api takes all checkout traffic.',
        decision:
          'Rolling update: maxSurge 25%, maxUnavailable 0, readiness gate on the warm-up endpoint, PodDisruptionBudget minAvailable 90%, HPA pre-scaled by 25% for the rollout.',
        consequences:
          'Old and new pods serve side by side for about 20 minutes; both must behave identically, which the staging soak checks.',
        alternatives:
          'Blue-green with a second Deployment (double capacity for hours, no benefit without a contract change); canary by traffic share (needs a mesh route we do not run for this service).',
      },
    },
    rollback: {
      triggers: triggers(20, [
        custom(
          'A new pod is not ready more than 5 minutes after its creation (readiness gate on warm-up).',
          5,
          'min',
          true,
          {
            metricKey: 'pod_ready_minutes',
            sampleWindowMinutes: 1,
            critical: true,
          },
        ),
        custom(
          'JVM heap after GC above 85% on new pods for 15 minutes (GC pause p99 is on the same dashboard).',
          85,
          '%',
          false,
          {
            metricKey: 'heap_after_gc_percent',
            sampleWindowMinutes: 5,
            badSamplesToFire: 3,
          },
        ),
      ]),
      // All checkout traffic; while 25% of the pods are new they take about a quarter of it.
      traffic: {
        requestsPerMinute: 90_000,
        canarySharePercent: 25,
        errorRateBaselinePercent: 0.1,
        latencyP50Ms: 30,
        latencyP99Ms: 200,
        downstreamFailuresPerMinute: 5,
      },
      procedures: {
        database: 'No database change.',
        services:
          'kubectl rollout pause on a trigger, then kubectl rollout undo deployment/checkout-api --to-revision=<previous>; the previous image and config are kept in the registry and in git.',
        data: 'The service keeps no state; orders and payments are written by the same code paths in both versions.',
        rollbackScriptsKept: false,
        previousArtifactsKept: true,
        sourcePreserved: true,
        appRollbackIncludesSchema: 'no',
        backupLastResort: false,
      },
      tests: [],
      pointOfNoReturn: {
        exists: 'no',
        phaseId: null,
        approver: '',
        description: 'None: the previous image can be rolled back to at any time.',
        communicated: false,
      },
    },
    execution: {
      checklist: checklist([
        'Staging soak of 24 h on the new image with replayed production traffic: no regression in dashboards.',
        'Previous image tag and Helm values pinned in the release notes for the rollback.',
      ]),
      phases: PHASES,
      soakHours: 24,
      coordinator: 'Checkout tech lead',
      crossTeamScheduleConfirmed: false,
    },
  },
};
