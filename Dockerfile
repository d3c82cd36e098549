# certpath: a static binary on a distroless, non-root image.
#
#   docker build -t certpath --build-arg VERSION=$(git describe --always) .
#   docker run -p 8080:8080 -v certpath-data:/data \
#     -e CERTPATH_SLACK_SIGNING_SECRET -e CERTPATH_SLACK_BOT_TOKEN certpath
#
# See docs/DEPLOY.md for the single-process (bbolt) and replicated (Redis)
# setups.

FROM golang:1.26 AS build
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

FROM gcr.io/distroless/static-debian12:nonroot
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
