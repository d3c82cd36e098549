# certpath: a static binary on a distroless, non-root image.
#
#   docker build -t certpath --build-arg VERSION=$(git describe --always) .
#   docker run -p 8080:8080 -v certpath-data:/data \
#     -e CERTPATH_SLACK_SIGNING_SECRET -e CERTPATH_SLACK_BOT_TOKEN certpath
#
# See docs/DEPLOY.md for the single-process (bbolt) and replicated (Redis)
# setups.

# Base images by fully qualified name (podman and buildah have no implicit
# docker.io) and pinned by digest, so a rebuild of a commit gets the same
# bases. To move them on:
#   crane digest docker.io/library/golang:1.26
#   crane digest gcr.io/distroless/static-debian12:nonroot
# (or: docker buildx imagetools inspect IMAGE). The digests below were not
# resolved against the registries when they were written (no network);
# check them with the commands above before relying on them.
FROM docker.io/library/golang:1.26@sha256:3aff6657219a4d9c14e27fb1d8976c49c29fddb70ba835014f477e1c70636647 AS build
# The golang images set GOTOOLCHAIN=local; a pinned image may predate the
# patch release go.mod asks for, so let go fetch that toolchain (verified
# against the checksum database) instead of failing.
ENV GOTOOLCHAIN=auto
WORKDIR /src
# Dependencies first, so editing code does not invalidate this layer.
COPY go.mod go.sum ./
RUN go mod download
COPY . .
ARG VERSION=dev
# CGO off: the binary must run on an image with no libc.
RUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w -X main.version=${VERSION}" \
        -o /out/certpath ./cmd/certpath \
    && mkdir -p /out/data

FROM gcr.io/distroless/static-debian12:nonroot@sha256:afa5c872c891853ca7fcf1f12c3edb23f7eeef36189728842dd51042ff57f7ab
COPY --from=build /out/certpath /certpath
# The runtime image has no shell to mkdir/chown, so /data comes from the
# build stage already owned by nonroot (65532): a fresh named volume copies
# this ownership and the bbolt file can be created in it.
COPY --from=build --chown=65532:65532 /out/data /data
ENV CERTPATH_DATA_DIR=/data
VOLUME /data
EXPOSE 8080
USER nonroot:nonroot
ENTRYPOINT ["/certpath"]
CMD ["serve"]
